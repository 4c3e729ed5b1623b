package org.jixiao.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Jixiao server: persistence, the JSON API and the web pages. */
@SpringBootApplication
public class JixiaoServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoServerApplication.class, args);
    }
}
