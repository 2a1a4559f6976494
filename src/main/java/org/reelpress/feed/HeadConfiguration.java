package org.reelpress.feed;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every page rendered through Spring MVC gets its head worked out by {@link PageHeads}. */
@Configuration(proxyBeanMethods = false)
class HeadConfiguration implements WebMvcConfigurer {

    private final PageHeads heads;

    HeadConfiguration(PageHeads heads) {
        this.heads = heads;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(heads);
    }
}
