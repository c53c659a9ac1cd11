using Segmentation.Cli;
using Segmentation.Cli.Startup;
using Spectre.Console;

HotPathPrecompiler.StartFor(args);

// Ctrl+C cancels the token instead of killing the process, so temporary files are cleaned up.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
var environment = new CliEnvironment(AnsiConsole.Console, error, Environment.CurrentDirectory) { Cancellation = cancellation.Token };
return await CliApp.RunAsync(args, environment).ConfigureAwait(false);
