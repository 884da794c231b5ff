/**
 * The API contract, checked: {@code src/main/webapp/openapi.yaml} (OpenAPI 3.1) is the one
 * description of Loop's HTTP API, and every answer an IT receives through {@link it.loop.Api} is
 * held against it by {@link it.loop.contract.Contract}: the status must be documented for that
 * route and method, the content type must be one the document names for that status, and a JSON
 * body must match the schema. A mismatch fails the IT at once. Every checked exchange is appended
 * to {@code target/contract/exercised.txt}; {@link it.loop.contract.ContractCoverageIT} runs
 * last and fails unless every documented route and method was exercised and every route family
 * answered at least one error.
 *
 * <p>Validator: {@code com.networknt:json-schema-validator} 2.x, test scope. It implements JSON
 * Schema 2020-12 and ships the OpenAPI 3.1 dialect ({@code Dialects.getOpenApi31()}), so the
 * document's own schemas are used as written: {@code type: [string, 'null']}, {@code const},
 * {@code unevaluatedProperties}, {@code $ref} with siblings. It is maintained (2.0.2, 2026), small
 * and has no HTTP-client coupling. The alternative asked about, Atlassian's
 * {@code swagger-request-validator}, reads documents through swagger-parser's 3.0 model and
 * checks bodies with a draft-04 schema library (java-json-tools); it does not support OpenAPI
 * 3.1 (still listed as unsupported in 2025), so {@code type: [string, 'null']} and the 2020-12
 * keywords would be misread and it would check a different contract than the one served.
 * Routing (path template, method, status, media type) is the few lines here; schemas are taken
 * from the document by JSON pointer, so {@code $ref}s resolve inside the one file.
 */
package it.loop.contract;
