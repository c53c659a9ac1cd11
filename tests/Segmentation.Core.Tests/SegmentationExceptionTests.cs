namespace Segmentation.Tests;

public sealed class SegmentationExceptionTests
{
    [Fact]
    public void Constructor_WithLocation_KeepsMessageAndLocation()
    {
        var error = new SegmentationException("Unknown field 'Contry'. Did you mean 'Country'?", "$.criteria[0].field");

        Assert.Equal("Unknown field 'Contry'. Did you mean 'Country'?", error.Message);
        Assert.Equal("$.criteria[0].field", error.Location);
    }

    [Fact]
    public void Constructor_WithInner_KeepsCause()
    {
        var cause = new FormatException("bad number");

        var error = new SegmentationException("Line 3: 'amount' is not a number.", cause);

        Assert.Same(cause, error.InnerException);
        Assert.Null(error.Location);
    }
}
