using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Tests.Compilation;

/// <summary>Criteria over fields read through a conversion call (custom fields), which the in-memory form reads once.</summary>
public sealed class ComplexReadTests
{
    private static readonly FieldCatalog Tenant = FieldCatalog.For<Dictionary<string, object?>>()
        .AddCustomFields(new CustomFieldSchema([new("points", FieldKind.Number)]), (row, name) => row.GetValueOrDefault(name))
        .Build();

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    [InlineData(150, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    [InlineData(null, false)]
    public void Between_OnACustomField_IncludesBothEndsAndRejectsMissing(int? points, bool expected)
    {
        var definition = new SegmentDefinition("mid", new BetweenCriterion("points", SegmentValue.FromNumber(100), SegmentValue.FromNumber(200)));
        var compiled = SegmentCompiler.Shared.Compile<Dictionary<string, object?>>(definition, Tenant);
        var row = new Dictionary<string, object?> { ["points"] = points };

        Assert.Equal(expected, compiled.IsMatch(row, DateTimeOffset.UnixEpoch));
        Assert.Equal(expected, compiled.ToExpression(DateTimeOffset.UnixEpoch).Compile()(row));
    }
}
