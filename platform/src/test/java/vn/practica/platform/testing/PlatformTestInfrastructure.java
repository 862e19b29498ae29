package vn.practica.platform.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Gives every platform {@code @QuarkusTest} the same database and broker, so Quarkus starts once. */
@QuarkusTestResource(PlatformTestResource.class)
public class PlatformTestInfrastructure {}
