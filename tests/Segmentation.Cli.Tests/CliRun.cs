using Spectre.Console.Testing;

namespace Segmentation.Cli.Tests;

/// <summary>The outcome of one in-process run of <c>segment</c>.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI in-process with test consoles, resolving relative paths against <paramref name="directory"/>.</summary>
    public static async Task<CliRun> RunAsync(string directory, CancellationToken cancellation, params string[] args)
    {
        var output = new TestConsole();
        output.Profile.Width = 200;
        var error = new TestConsole();
        error.Profile.Width = 200;
        var environment = new CliEnvironment(output, error, directory) { Cancellation = cancellation };
        var code = await CliApp.RunAsync(args, environment);
        return new CliRun(code, output.Output, error.Output);
    }

    public static Task<CliRun> RunAsync(string directory, params string[] args) => RunAsync(directory, CancellationToken.None, args);
}
