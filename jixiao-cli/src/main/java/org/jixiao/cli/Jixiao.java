package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code jixiao} command line (no Spring on this path). Plain {@code jixiao} lists the commands with
 * their options. Other features add their subcommands here (import, render; serve is the launcher's).
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "Jixiao 0.1.0",
        description = "部门决算与绩效自评：核查、导入、生成。",
        subcommands = {CheckCommand.class, ImportCommand.class, RenderCommand.class, SynthCommand.class, BenchCommand.class, RenderBenchCommand.class,
                CommandLine.HelpCommand.class})
public class Jixiao implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // POI and PDFBox log through Log4j's API, which, finding no provider, prints a status line to standard
        // output and would break `check --format json`; the command line has nothing to log.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for the launcher and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Jixiao()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cli, parsed) -> {
                    // A user never sees a stack trace (STYLE §10); a broken rule registry cannot check anything.
                    cli.getErr().println("无法核查：" + e.getMessage());
                    cli.getErr().flush();
                    return 2;
                });
    }

    @Override
    public void run() {
        CommandLine top = spec.commandLine();
        top.usage(top.getOut());
        for (var sub : top.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) continue;
            top.getOut().println();
            sub.getValue().usage(top.getOut());
        }
        top.getOut().flush();
    }
}
