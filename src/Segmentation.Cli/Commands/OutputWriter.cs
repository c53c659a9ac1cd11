using Segmentation.Cli.Output;

namespace Segmentation.Cli.Commands;

/// <summary>Atomic output with I/O failures mapped to <see cref="ExitCodes.OutputFailed"/>.</summary>
internal static class OutputWriter
{
    public static void Write(CliEnvironment environment, string path, Action<Stream> write)
    {
        environment.Cancellation.ThrowIfCancellationRequested();
        try
        {
            AtomicFile.Write(environment.Resolve(path), write);
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
