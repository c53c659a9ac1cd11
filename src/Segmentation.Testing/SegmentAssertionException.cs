namespace Segmentation.Testing;

/// <summary>
/// A failed <see cref="SegmentAssert"/> assertion. It derives from <see cref="Exception"/> only, so
/// every test framework (xunit, NUnit, MSTest, ...) reports it as a test failure with its message.
/// </summary>
public sealed class SegmentAssertionException : Exception
{
    /// <summary>Initializes a new instance with no message.</summary>
    public SegmentAssertionException()
    {
    }

    /// <summary>Initializes a new instance with the failure message.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public SegmentAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the failure message and the error that caused it.</summary>
    /// <param name="message">What was expected and what happened.</param>
    /// <param name="innerException">The error raised while checking, e.g. by the query provider.</param>
    public SegmentAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
