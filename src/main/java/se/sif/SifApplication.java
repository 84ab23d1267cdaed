package se.sif;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
// The shared kernel is a dependency of every module, so each module test bootstraps it
// too.
@Modulithic(sharedModules = "shared")
public class SifApplication {

    public static void main(String[] args) {
        SpringApplication.run(SifApplication.class, args);
    }

}
