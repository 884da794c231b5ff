package loop.dashboard.entity;

import loop.player.entity.PlayerStatus;

/** LOOP's {@code DeviceStatus}; {@code wifi} is the {@code WifiStatus}; {@code updates} is null until
 * updates land. */
public record DeviceStatus(
    String system, String status, long timestamp, PlayerStatus player, Object wifi,
    Object updates) {}
