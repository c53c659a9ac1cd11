using Spectre.Console;

namespace Segmentation.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
internal sealed class CliEnvironment(IAnsiConsole output, IAnsiConsole error, string workingDirectory)
{
    public IAnsiConsole Out { get; } = output;

    public IAnsiConsole Error { get; } = error;

    /// <summary>Gets the directory relative paths resolve against (the process's current directory in real runs).</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Gets how to open standard output as bytes, for <c>--out -</c> (the process's own in real runs).</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>Gets how to read an environment variable (the process's own in real runs; tests give their own, since variables are shared by every test).</summary>
    public Func<string, string?> EnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Gets the token cancelled by Ctrl+C.</summary>
    public CancellationToken Cancellation { get; init; }

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// Lets a redirected stream's lines run as long as they need. A redirected console has no
    /// window, so Spectre.Console assumes 80 columns and wraps help and tables there, which breaks
    /// CI logs and anything that greps the output; tables and help still size to their content.
    /// </summary>
    public static void UnwrapWhenRedirected(IAnsiConsole console, bool redirected)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }
    }

    /// <summary>The width of a redirected stream: wider than any line the tool writes.</summary>
    public const int RedirectedWidth = 4096;
}
