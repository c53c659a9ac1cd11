using Segmentation.Cli.Output;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>Writes an output path (<c>-</c> for standard output) with I/O failures mapped to <see cref="ExitCodes.OutputFailed"/>.</summary>
internal static class OutputWriter
{
    /// <summary>The output path that means standard output.</summary>
    public const string StandardOutput = "-";

    public static bool IsStandardOutput(string? path) => string.Equals(path, StandardOutput, StringComparison.Ordinal);

    /// <summary>What a "Wrote ... to" message calls an output: <c>standard output</c> for <c>-</c>, else the path (resolved by <paramref name="resolve"/> when given).</summary>
    public static string Describe(string path, Func<string, string>? resolve = null) =>
        IsStandardOutput(path) ? "standard output" : resolve?.Invoke(path) ?? path;

    /// <summary>
    /// Joins an option and a lone <c>-</c> value (<c>--out -</c>) into <c>--out=-</c>: the parser
    /// would otherwise read the dash as an option without a name.
    /// </summary>
    public static IReadOnlyList<string> JoinDashValues(IReadOnlyList<string> args)
    {
        var joined = new List<string>(args.Count);
        foreach (var arg in args)
        {
            if (IsStandardOutput(arg) && joined.Count > 0 && IsOptionName(joined[^1]))
            {
                joined[^1] += "=" + arg;
            }
            else
            {
                joined.Add(arg);
            }
        }

        return joined;
    }

    private static bool IsOptionName(string arg) =>
        (arg.StartsWith("--", StringComparison.Ordinal) || (arg.Length == 2 && arg[0] == '-')) && !arg.Contains('=', StringComparison.Ordinal);

    /// <summary>Where messages and tables go: standard error when one of the outputs is standard output, so the data stays clean.</summary>
    public static IAnsiConsole Console(CliEnvironment environment, params string?[] outputs) =>
        outputs.Any(IsStandardOutput) ? environment.Error : environment.Out;

    public static void Write(CliEnvironment environment, string path, bool createDirectories, Action<Stream> write)
    {
        environment.Cancellation.ThrowIfCancellationRequested();
        try
        {
            if (IsStandardOutput(path))
            {
                using var buffered = new BufferedStream(environment.OpenStandardOutput(), 1 << 16);
                write(buffered);
                buffered.Flush();
                return;
            }

            OutputFile.Write(environment.Resolve(path), createDirectories, write);
        }
        catch (IOException ex)
        {
            throw new OutputException($"Could not write '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new OutputException($"Could not write '{path}': {ex.Message}", ex);
        }
    }
}
