namespace Segmentation.Cli.Output;

/// <summary>An output file could not be written; exit code <see cref="ExitCodes.OutputFailed"/>.</summary>
internal sealed class OutputException : Exception
{
    public OutputException()
    {
    }

    public OutputException(string message)
        : base(message)
    {
    }

    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
