/** The option groups commands share as picocli mixins; configuration options feed the first layer of section 2. */
package dev.retort.cli.options;
