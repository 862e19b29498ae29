package vn.practica.catalog.competency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the CASE 1.1 provider ({@code practica.case.*}). */
@ConfigMapping(prefix = "practica.case")
public interface CaseConfig {
    /**
     * Base of the {@code uri} of CASE objects created without one, and of {@code CFPackageURI}: the public
     * address of this service's {@code /ims/case/v1p1}. Imported objects keep their publisher's uri.
     */
    @WithDefault("http://localhost:8081/ims/case/v1p1")
    String baseUri();
}
