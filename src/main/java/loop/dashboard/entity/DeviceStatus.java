package loop.dashboard.entity;

import loop.player.entity.PlayerStatus;

/** LOOP's {@code DeviceStatus}; {@code wifi} and {@code updates} are null until those land. */
public record DeviceStatus(
    String system, String status, long timestamp, PlayerStatus player, Object wifi,
    Object updates) {}
