package se.sif;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SifApplication {

    public static void main(String[] args) {
        SpringApplication.run(SifApplication.class, args);
    }
}
