package org.reelpress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReelpressApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReelpressApplication.class, args);
    }
}
