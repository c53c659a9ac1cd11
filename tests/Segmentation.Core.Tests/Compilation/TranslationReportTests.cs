using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Compilation;

/// <summary><see cref="CompiledSegment{T}.Capabilities"/>: which parts cannot run in a database, where and why, before anything runs.</summary>
public sealed class TranslationReportTests
{
    private static readonly FieldCatalog Catalog = Catalogs.Customer
        .WithCriterion(new TranslatableCriterion<Customer>("bigSpender", (c, _) => c.TotalSpend >= 500m))
        .WithCriterion(InMemoryCriterion<Customer>.FromPredicate("lucky", (c, _) => c.Name?.Length == 5))
        .WithCriterion(InMemoryCriterion<Customer>.FromAsyncPredicate("ticket", (c, _, _) => ValueTask.FromResult(c.Id > 3)));

    private static readonly Criterion Adult = new ComparisonCriterion("age", GreaterThanOrEqual, SegmentValue.FromNumber(30));

    private static readonly Dictionary<string, SegmentDefinition> References = new()
    {
        ["supported"] = new("supported", new AllCriterion(new ComparisonCriterion("country", Equal, SegmentValue.FromString("US")), new CustomCriterion("ticket"))),
    };

    [Fact]
    public void Capabilities_TranslatableSegment_ListsNothing()
    {
        var segment = Compile(new AllCriterion(Adult, new CustomCriterion("bigSpender")));

        Assert.True(segment.IsTranslatable);
        Assert.Empty(segment.Capabilities.UntranslatableParts);
        Assert.Empty(segment.Capabilities.SplitInMemoryParts);
        Assert.Equal(["bigSpender"], segment.Capabilities.CustomCriteria);
    }

    [Fact]
    public void Capabilities_MixedSegment_ListsEachPartWithItsPathSegmentAndReason()
    {
        var segment = Compile(new AllCriterion(
            Adult,
            new CustomCriterion("lucky"),
            new AnyCriterion(new ComparisonCriterion("country", Equal, SegmentValue.FromString("GB")), new NotCriterion(new CustomCriterion("lucky"))),
            new TextCriterion("name", TextOperator.StartsWith, "😀"),
            new TextCriterion("name", TextOperator.StartsWith, "😀", ignoreCase: true),
            new SegmentReferenceCriterion("supported")));

        Assert.False(segment.IsTranslatable);
        Assert.Equal(
            [
                ("test", "$.criteria.criteria[1]", UntranslatableReason.InMemoryCriterion),
                ("test", "$.criteria.criteria[2].criteria[1].criterion", UntranslatableReason.InMemoryCriterion),
                ("test", "$.criteria.criteria[3]", UntranslatableReason.TextBeyondBasicMultilingualPlane),
                ("supported", "$.criteria.criteria[1]", UntranslatableReason.AsyncCriterion),
            ],
            segment.Capabilities.UntranslatableParts.Select(p => (p.Segment, p.Path, p.Reason)));
        Assert.Contains("'lucky' is an in-memory-only criterion", segment.Capabilities.UntranslatableParts[0].Message, StringComparison.Ordinal);
        Assert.Contains("Basic Multilingual Plane", segment.Capabilities.UntranslatableParts[2].Message, StringComparison.Ordinal);
        Assert.Equal(["lucky", "ticket"], segment.Capabilities.InMemoryCriteria);
        Assert.True(segment.Capabilities.RequiresAsync);
    }

    [Fact]
    public void Capabilities_AnyMixingTranslatableAndNot_IsReportedAsWhollyInMemoryForSplit()
    {
        var segment = Compile(new AllCriterion(
            Adult,
            new AnyCriterion(new ComparisonCriterion("country", Equal, SegmentValue.FromString("GB")), new CustomCriterion("lucky")),
            new SegmentReferenceCriterion("supported")));

        var split = segment.Capabilities.SplitInMemoryParts;

        // The reference is followed: its translatable half ('country = US') runs in the database.
        Assert.Equal(
            [
                ("test", "$.criteria.criteria[1]", UntranslatableReason.ContainsUntranslatablePart),
                ("supported", "$.criteria.criteria[1]", UntranslatableReason.AsyncCriterion),
            ],
            split.Select(p => (p.Segment, p.Path, p.Reason)));
        Assert.Contains("an 'any' (or) contains a part a database cannot run ($.criteria.criteria[1].criteria[1]", split[0].Message, StringComparison.Ordinal);
        Assert.Contains("a database cannot filter by this 'any'", split[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capabilities_NegatedInMemoryCriterion_MakesTheNotInMemory()
    {
        var segment = Compile(new AllCriterion(Adult, new NotCriterion(new CustomCriterion("lucky"))));

        Assert.Equal(["$.criteria.criteria[1].criterion"], segment.Capabilities.UntranslatableParts.Select(p => p.Path));
        var part = Assert.Single(segment.Capabilities.SplitInMemoryParts);
        Assert.Equal(("$.criteria.criteria[1]", UntranslatableReason.ContainsUntranslatablePart), (part.Path, part.Reason));
        Assert.StartsWith("a 'not' contains a part a database cannot run", part.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhereSegment_Strict_RefusesListingEveryPart()
    {
        var segment = Compile(new AllCriterion(Adult, new CustomCriterion("lucky"), new TextCriterion("name", TextOperator.EndsWith, "😀")));

        var error = Assert.Throws<SegmentationException>(() => Array.Empty<Customer>().AsQueryable().WhereSegment(segment, DateTimeOffset.UnixEpoch));

        Assert.Contains("$.criteria.criteria[1] of 'test': 'lucky'", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.criteria.criteria[2] of 'test': a case-sensitive endsWith on 'name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("TranslationMode.Split", error.Message, StringComparison.Ordinal);
        Assert.Equal("test", error.Location);
    }

    private static CompiledSegment<Customer> Compile(Criterion criterion) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("test", criterion), Catalog, References);
}
