using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Explain;

namespace Segmentation.Tests.Catalog;

/// <summary>Where custom fields come from (shown in explanations) and whether a database can read them.</summary>
public sealed class CustomFieldOriginTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.UnixEpoch;

    private static readonly CustomFieldSchema Schema = new(
    [
        new("churnScore", FieldKind.Number) { Source = "churn model v3, trained 2026-11-30" },
        new("points", FieldKind.Number),
    ]);

    private static readonly FieldCatalog InMemory = FieldCatalog.For<Dictionary<string, object?>>()
        .AddCustomFields(Schema, (row, name) => row.GetValueOrDefault(name))
        .Build();

    // The form a database reads: the caller's own expression (EF.Property in real use).
    private static readonly FieldCatalog ByExpression = FieldCatalog.For<Dictionary<string, object?>>()
        .AddCustomFields(Schema, (row, name, type) => Expression.Convert(
            Expression.Call(row, typeof(Dictionary<string, object?>).GetMethod("get_Item")!, Expression.Constant(name)), type))
        .Build();

    private static readonly SegmentDefinition Risky = new("risky", new AllCriterion(
    [
        new ComparisonCriterion("churnScore", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(0.5m)),
        new ComparisonCriterion("points", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(10)),
    ]));

    [Fact]
    public void AddCustomFields_ValueAccessor_FieldsAreInMemoryOnlyAndKeepTheirSource()
    {
        Assert.False(InMemory.FindField("churnScore")!.IsTranslatable);
        Assert.Equal("churn model v3, trained 2026-11-30", InMemory.FindField("churnScore")!.Source);
        Assert.Null(InMemory.FindField("points")!.Source);
        Assert.True(ByExpression.FindField("churnScore")!.IsTranslatable);
        Assert.Equal("churn model v3, trained 2026-11-30", ByExpression.FindField("churnScore")!.Source);
    }

    [Fact]
    public void AddCustomFields_Classified_KeepsSourceAndTranslatability()
    {
        var schema = new CustomFieldSchema([new("income", FieldKind.Number, Classification: FieldClassification.Sensitive) { Source = "survey" }]);
        var field = FieldCatalog.For<Dictionary<string, object?>>().AddCustomFields(schema, (row, name) => row.GetValueOrDefault(name)).Build().FindField("income")!;

        Assert.Equal(FieldClassification.Sensitive, field.Classification);
        Assert.Equal("survey", field.Source);
        Assert.False(field.IsTranslatable);
    }

    [Fact]
    public void WhereSegment_InMemoryCustomFields_ThrowsNamingThemAndCapabilitiesAgree()
    {
        var segment = SegmentCompiler.Shared.Compile<Dictionary<string, object?>>(Risky, InMemory);
        Dictionary<string, object?>[] rows = [new() { ["churnScore"] = 0.9m, ["points"] = 12 }];

        var error = Assert.Throws<SegmentationException>(() => rows.AsQueryable().WhereSegment(segment, AsOf));

        Assert.Contains("'churnScore' is a field read in memory", error.Message, StringComparison.Ordinal);
        Assert.Contains("'points' is a field read in memory", error.Message, StringComparison.Ordinal);
        Assert.All(segment.Capabilities.UntranslatableParts, p => Assert.Equal(UntranslatableReason.InMemoryField, p.Reason));
        Assert.Equal(["churnScore", "points"], segment.InMemoryOnlyCriteria);
        var capabilities = CapabilityAnalysis.Analyze(InMemory, [Risky])["risky"];
        Assert.False(capabilities.IsTranslatable);
        Assert.Equal(["churnScore", "points"], capabilities.InMemoryCriteria);
        Assert.True(segment.IsMatch(rows[0], AsOf));
    }

    [Fact]
    public void WhereSegment_CustomFieldsByExpression_RunsInTheProvider()
    {
        var segment = SegmentCompiler.Shared.Compile<Dictionary<string, object?>>(Risky, ByExpression);
        Dictionary<string, object?>[] rows = [new() { ["churnScore"] = 0.9m, ["points"] = 12m }, new() { ["churnScore"] = 0.1m, ["points"] = 12m }];

        Assert.True(segment.IsTranslatable);
        Assert.True(CapabilityAnalysis.Analyze(ByExpression, [Risky])["risky"].IsTranslatable);
        Assert.Single(rows.AsQueryable().WhereSegment(segment, AsOf));
    }

    [Fact]
    public void Explain_FieldWithSource_ShowsItAfterTheValue()
    {
        var explanation = SegmentExplainer.Explain(Risky, InMemory, new Dictionary<string, object?> { ["churnScore"] = 0.9m, ["points"] = 3 }, AsOf);
        var churn = explanation.Root.Children[0];
        var points = explanation.Root.Children[1];

        Assert.Equal("churn model v3, trained 2026-11-30", churn.ObservedSource);
        Assert.Equal("churnScore = 0.9 from churn model v3, trained 2026-11-30", churn.ObservedText);
        Assert.Null(points.ObservedSource);
        Assert.Equal("points = 3", points.ObservedText);
    }
}
