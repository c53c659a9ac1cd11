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

    /// <summary>Gets the token cancelled by Ctrl+C.</summary>
    public CancellationToken Cancellation { get; init; }

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
