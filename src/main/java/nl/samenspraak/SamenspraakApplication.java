package nl.samenspraak;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamenspraakApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamenspraakApplication.class, args);
    }
}
