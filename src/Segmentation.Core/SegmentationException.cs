namespace Segmentation;

/// <summary>
/// The exception the library throws for every error a caller can cause: a bad definition, a bad
/// input row, a value outside the documented range.
/// </summary>
/// <remarks>
/// The message names the place (a JSON path, a field, a CSV line) and what to do about it;
/// <see cref="Location"/> carries that place on its own for programs that show it elsewhere.
/// </remarks>
public class SegmentationException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    public SegmentationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SegmentationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a message and the place it refers to.</summary>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="location">The place in the input: a JSON path such as <c>$.criteria[2].field</c>, a field name, or a line number.</param>
    public SegmentationException(string message, string? location)
        : base(message)
    {
        Location = location;
    }

    /// <summary>Creates an exception with a message, the place it refers to and the exception that caused it.</summary>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="location">The place in the input.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SegmentationException(string message, string? location, Exception innerException)
        : base(message, innerException)
    {
        Location = location;
    }

    /// <summary>Creates an exception with no message; prefer the constructors that take one.</summary>
    public SegmentationException()
    {
    }

    /// <summary>Gets the place in the input that the error refers to, when there is one.</summary>
    /// <value>A JSON path, a field name or a line reference; <see langword="null"/> when the error has no single place.</value>
    public string? Location { get; }
}
