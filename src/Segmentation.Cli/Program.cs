using Segmentation.Cli;
using Segmentation.Cli.Startup;
using System.Runtime.InteropServices;
using Spectre.Console;

HotPathPrecompiler.StartFor(args);

// Ctrl+C (SIGINT) and SIGTERM (`timeout`, `docker stop`, systemd) cancel the token instead of
// killing the process, so temporary files are cleaned up. Signal registrations, unlike
// Console.CancelKeyPress, do not set up the terminal (some 10 ms of start-up).
using var cancellation = new CancellationTokenSource();
Action<PosixSignalContext> cancel = context =>
{
    context.Cancel = true;
    cancellation.Cancel();
};
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, cancel);

var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
CliEnvironment.UnwrapWhenRedirected(AnsiConsole.Console, Console.IsOutputRedirected);
CliEnvironment.UnwrapWhenRedirected(error, Console.IsErrorRedirected);
var environment = new CliEnvironment(AnsiConsole.Console, error, Environment.CurrentDirectory) { Cancellation = cancellation.Token };
return await CliApp.RunAsync(args, environment).ConfigureAwait(false);
