using System.Globalization;

namespace Segmentation.Cli.Input;

/// <summary>A CSV input problem at a known line (1-based, the header is line 1).</summary>
internal sealed class CsvInputException : SegmentationException
{
    public CsvInputException(string path, long line, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}, line {line}: {reason}"), string.Create(CultureInfo.InvariantCulture, $"{path}:{line}"))
    {
        Line = line;
        Reason = reason;
    }

    public CsvInputException()
    {
    }

    public CsvInputException(string message)
        : base(message)
    {
    }

    public CsvInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the 1-based line number of the bad row.</summary>
    public long Line { get; }

    /// <summary>Gets the reason without the place.</summary>
    public string Reason { get; } = string.Empty;
}
