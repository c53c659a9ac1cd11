using Segmentation.Catalog;
using Segmentation.Cli.Evaluate;

namespace Segmentation.Cli.Tests.Evaluate;

public sealed class CellKindsTests
{
    [Theory]
    [InlineData(FieldKind.Number, "1", "-2.5", "", "1e3")]
    [InlineData(FieldKind.Boolean, "true", "", "false")]
    [InlineData(FieldKind.Date, "2024-01-31", "2023-12-01")]
    [InlineData(FieldKind.DateTime, "2024-01-31T10:00:00Z", "2024-01-31 10:00:00+02:00")]
    [InlineData(FieldKind.String, "1", "x")]
    [InlineData(FieldKind.String, "1,5")]
    [InlineData(FieldKind.String, "2024-01-31", "2024-01-31T10:00:00Z")]
    [InlineData(FieldKind.String, "", "")]
    public void Infer_Cells_GivesTheKind(FieldKind expected, params string[] cells) =>
        Assert.Equal(expected, CellKinds.Infer(cells));

    [Fact]
    public void Parse_EmptyCell_IsMissing() => Assert.Null(CellKinds.Parse(string.Empty, FieldKind.Number));

    [Fact]
    public void Parse_DateTimeWithoutOffset_IsUtc() =>
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.Zero), CellKinds.Parse("2024-01-31T10:00:00", FieldKind.DateTime));
}
