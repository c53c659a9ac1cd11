using System.Globalization;

namespace Segmentation.Cli.Input;

/// <summary>The input file shrank or was rewritten while the tool read it: what was read cannot be trusted.</summary>
internal sealed class InputChangedException : SegmentationException
{
    public InputChangedException(string path, long expected, long now)
        : base(
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} shrank from {expected:N0} to {now:N0} bytes while it was read, so the rows read cannot be trusted. Run again once the file is complete (write it under another name and rename it when done)."),
            path)
    {
    }

    public InputChangedException()
    {
    }

    public InputChangedException(string message)
        : base(message)
    {
    }

    public InputChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
