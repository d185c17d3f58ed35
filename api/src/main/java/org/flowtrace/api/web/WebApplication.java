package org.flowtrace.api.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web part of the application: controllers, security, audit log. {@code serve} adds this class to
 * the application's sources; {@link org.flowtrace.api.FlowtraceApplication} leaves this package out of
 * its own scan, so the other commands start no web components.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan("org.flowtrace.api.web")
public class WebApplication {}
