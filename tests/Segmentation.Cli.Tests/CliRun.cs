using System.Diagnostics;
using Spectre.Console.Testing;

namespace Segmentation.Cli.Tests;

/// <summary>The outcome of one in-process run of <c>segment</c>.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI in-process with test consoles, resolving relative paths against <paramref name="directory"/>.</summary>
    public static Task<CliRun> RunAsync(string directory, CancellationToken cancellation, params string[] args) =>
        Run(directory, new Dictionary<string, string>(), args, cancellation);

    /// <summary>Runs the CLI in-process with <paramref name="variables"/> as its only environment variables.</summary>
    public static Task<CliRun> RunAsync(string directory, IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Run(directory, variables, args, CancellationToken.None);

    private static async Task<CliRun> Run(string directory, IReadOnlyDictionary<string, string> variables, string[] args, CancellationToken cancellation)
    {
        var output = new TestConsole();
        output.Profile.Width = 200;
        var error = new TestConsole();
        error.Profile.Width = 200;
        var environment = new CliEnvironment(output, error, directory) { Cancellation = cancellation, EnvironmentVariable = name => variables.GetValueOrDefault(name) };
        var code = await CliApp.RunAsync(args, environment);
        return new CliRun(code, output.Output, error.Output);
    }

    public static Task<CliRun> RunAsync(string directory, params string[] args) => RunAsync(directory, CancellationToken.None, args);

    /// <summary>Runs the built tool in a child process with its output redirected to pipes, as in a CI log.</summary>
    public static Task<CliRun> RunProcessAsync(string directory, params string[] args) => RunProcessAsync(directory, [], args);

    /// <summary>
    /// Runs the built tool in a child process started through <paramref name="prefix"/> (a command
    /// such as <c>setpriv</c> with its options, which then runs the .NET host), or directly when it is empty.
    /// </summary>
    public static async Task<CliRun> RunProcessAsync(string directory, IReadOnlyList<string> prefix, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(prefix.Count > 0 ? prefix[0] : host)
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (prefix.Count > 0)
        {
            foreach (var part in prefix.Skip(1))
            {
                start.ArgumentList.Add(part);
            }

            start.ArgumentList.Add(host);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "segment.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
