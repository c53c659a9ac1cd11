using Segmentation.Cli;
using Segmentation.Cli.Startup;
using System.Runtime.InteropServices;
using Spectre.Console;

HotPathPrecompiler.StartFor(args);

// Ctrl+C cancels the token instead of killing the process, so temporary files are cleaned up.
// A SIGINT registration, unlike Console.CancelKeyPress, does not set up the terminal (some 10 ms).
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
var environment = new CliEnvironment(AnsiConsole.Console, error, Environment.CurrentDirectory) { Cancellation = cancellation.Token };
return await CliApp.RunAsync(args, environment).ConfigureAwait(false);
