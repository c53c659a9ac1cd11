using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Explain;
using Segmentation.Prediction.Fields;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Tests.Models;
using Segmentation.Serialization;

namespace Segmentation.Prediction.Tests.Fields;

/// <summary>Predictions as segment criteria: CDNOW's run (BG/NBD and Gamma-Gamma, 52 weeks, 10%) as fields of a catalog of shoppers.</summary>
public sealed class PredictedFieldsTests
{
    private const string AboutToBeLostJson = """
        {
          "version": 1,
          "name": "aboutToBeLost",
          "criteria": {
            "kind": "all",
            "criteria": [
              { "kind": "compare", "field": "pAlive", "operator": "<", "value": 0.3 },
              { "kind": "compare", "field": "clvPercentile", "operator": ">=", "value": 80 }
            ]
          }
        }
        """;

    private static readonly DateTimeOffset AsOf = new(1997, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PredictionRun> LazyRun = new(() => PredictionPipeline.Run(
        ReferenceData.CdnowSample,
        new PredictionRunOptions(new SummaryOptions(ReferenceData.CdnowCalibrationEnd))));

    private static PredictionRun Run => LazyRun.Value;

    // Every CDNOW customer, plus one who never bought (no prediction).
    private static Shopper[] Shoppers => [.. Run.Customers.Select(c => new Shopper(c.CustomerId)), new Shopper("none")];

    private static FieldCatalog Catalog(PredictedFields fields) =>
        FieldCatalog.For<Shopper>().Add(s => s.Id).AddPredictedFields(fields, s => s.Id).Build();

    private static SegmentDefinition AboutToBeLostDsl(FieldCatalog catalog) =>
        Segment.For<Shopper>("aboutToBeLost", catalog)
            .Where<decimal>(PredictedFields.ProbabilityAlive).LessThan(0.3m)
            .And<decimal>(PredictedFields.LifetimeValuePercentile).AtLeast(80)
            .Build();

    [Fact]
    public void AboutToBeLost_DslAndJson_SameMembersAsTheRunsValues()
    {
        var fields = PredictedFields.From(Run);
        var catalog = Catalog(fields);
        var dsl = SegmentCompiler.Shared.Compile<Shopper>(AboutToBeLostDsl(catalog), catalog).ToPredicate(AsOf);
        var json = SegmentCompiler.Shared.Compile<Shopper>(SegmentJson.Deserialize(AboutToBeLostJson, catalog), catalog).ToPredicate(AsOf);

        var byDsl = Shoppers.Where(dsl).Select(s => s.Id).ToArray();
        var byJson = Shoppers.Where(json).Select(s => s.Id).ToArray();

        // The oracle: P(alive) straight from the run, and "top 20% of CLV" by counting the customers below.
        var values = Run.Customers.Select(c => c.LifetimeValue!.Value).ToArray();
        var expected = Run.Customers
            .Where(c => c.ProbabilityAlive < 0.3)
            .Where(c => (values.Count(v => v < c.LifetimeValue) + (values.Count(v => v == c.LifetimeValue) / 2m)) / values.Length >= 0.8m)
            .Select(c => c.CustomerId)
            .ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, byDsl);
        Assert.Equal(byDsl, byJson);
        Assert.Equal(24, byDsl.Length);   // docs/prediction.md
    }

    [Fact]
    public void Json_RoundTrip_EqualsTheDslDefinition()
    {
        var catalog = Catalog(PredictedFields.From(Run));
        var dsl = AboutToBeLostDsl(catalog);

        var written = SegmentJson.Serialize(dsl);
        var read = SegmentJson.Deserialize(written, catalog);

        Assert.Equal(dsl, read);
        Assert.Equal(written, SegmentJson.Serialize(read));
        Assert.Equal(SegmentJson.Deserialize(AboutToBeLostJson, catalog), read);
    }

    [Fact]
    public void Explain_NamesTheModelItsEstimatesAndTheValue()
    {
        var catalog = Catalog(PredictedFields.From(Run));
        var segment = SegmentCompiler.Shared.Compile<Shopper>(AboutToBeLostDsl(catalog), catalog);
        var lost = Shoppers.First(segment.ToPredicate(AsOf));
        var prediction = Run.Customers.Single(c => c.CustomerId == lost.Id);

        var explanation = SegmentExplainer.Explain(segment, lost, AsOf);
        var alive = explanation.Root.Children[0];

        Assert.True(explanation.IsMatch);
        Assert.Equal((decimal)prediction.ProbabilityAlive, alive.Observed);
        Assert.Equal("BG/NBD (r=0.2426, alpha=4.414, a=0.7929, b=2.426), calibration end 1997-09-30", alive.ObservedSource);
        Assert.Equal($"pAlive = {(decimal)prediction.ProbabilityAlive} from BG/NBD (r=0.2426, alpha=4.414, a=0.7929, b=2.426), calibration end 1997-09-30", alive.ObservedText);
        Assert.Contains("[x] pAlive < 0.3   (pAlive = 0.", explanation.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "ranking clv among 2357 customers; BG/NBD (r=0.2426, alpha=4.414, a=0.7929, b=2.426), calibration end 1997-09-30, next 52 weeks, Gamma-Gamma (p=6.25, q=3.744, v=15.44), discounted 10% a year",
            explanation.Root.Children[1].ObservedSource);
    }

    [Fact]
    public void Fields_CustomerWithoutPrediction_IsMissingAndMatchesNothing()
    {
        var fields = PredictedFields.From(Run);
        var catalog = Catalog(fields);
        var lowOrMissing = Segment.For<Shopper>("low", catalog).Where<decimal>(PredictedFields.ProbabilityAlive).AtMost(1).Build();
        var segment = SegmentCompiler.Shared.Compile<Shopper>(lowOrMissing, catalog);

        Assert.Null(fields.Find("none", PredictedFields.ProbabilityAlive));
        Assert.False(segment.IsMatch(new Shopper("none"), AsOf));
        Assert.Equal(Run.Customers.Count, Shoppers.Count(segment.ToPredicate(AsOf)));
        Assert.Equal("missing", SegmentExplainer.Explain(segment, new Shopper("none"), AsOf).Root.ObservedText!.Split(' ')[2]);
    }

    [Fact]
    public void WhereSegment_PredictedFields_RefusedAsNotTranslatableNamingThem()
    {
        var catalog = Catalog(PredictedFields.From(Run));
        var segment = SegmentCompiler.Shared.Compile<Shopper>(AboutToBeLostDsl(catalog), catalog);

        Assert.False(segment.IsTranslatable);
        Assert.Equal([PredictedFields.ProbabilityAlive, PredictedFields.LifetimeValuePercentile], segment.InMemoryOnlyCriteria);
        Assert.False(catalog.FindField(PredictedFields.ProbabilityAlive)!.IsTranslatable);
        var error = Assert.Throws<SegmentationException>(() => Shoppers.AsQueryable().WhereSegment(segment, AsOf));
        Assert.StartsWith("The segment 'aboutToBeLost' cannot run in a database", error.Message, StringComparison.Ordinal);
        Assert.Contains("'pAlive' is a field read in memory", error.Message, StringComparison.Ordinal);
        Assert.Contains("'clvPercentile' is a field read in memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentiles_Ties_ShareTheirMidRank()
    {
        // Sorted: 1, 3, 5, 5, 5 (n = 5; the missing one is not ranked): below + equal / 2, over n.
        decimal?[] values = [5m, 1m, 5m, 3m, null, 5m];

        Assert.Equal([70m, 10m, 70m, 30m, null, 70m], PercentileRanks.Of(values));
    }

    [Fact]
    public void Percentiles_TiedCustomers_SameRankAndTopFifthOfDistinctValuesIsExact()
    {
        // Ten customers, two pairs with the same summary (so the same predictions), the rest distinct.
        CustomerSummary[] customers =
        [
            .. Enumerable.Range(0, 6).Select(i => new CustomerSummary($"c{i}", i, i * 5d, 40d, i > 0 ? 10m + i : null)),
            new("d1", 2, 30d, 40d, 12m), new("d2", 2, 30d, 40d, 12m),
            new("e1", 9, 39d, 40d, 20m), new("e2", 9, 39d, 40d, 20m),
        ];
        var summary = PurchaseSummary.FromTransactions([], new SummaryOptions(ReferenceData.CdnowCalibrationEnd));
        var fields = PredictedFields.From(CdnowFits.BgNbd, With(summary, customers), 52);

        var ranks = customers.ToDictionary(c => c.CustomerId, c => fields.Find(c.CustomerId, PredictedFields.ExpectedPurchasesPercentile)!.Value);
        var purchases = customers.ToDictionary(c => c.CustomerId, c => fields.Find(c.CustomerId, PredictedFields.ExpectedPurchases)!.Value);

        Assert.Equal(ranks["d1"], ranks["d2"]);
        Assert.Equal(90m, ranks["e1"]);      // 8 below, 2 tied: (8 + 1) / 10
        Assert.Equal(ranks["e1"], ranks["e2"]);
        foreach (var (id, rank) in ranks)
        {
            var below = purchases.Values.Count(v => v < purchases[id]);
            var equal = purchases.Values.Count(v => v == purchases[id]);
            Assert.Equal(100m * (below + (equal / 2m)) / customers.Length, rank);
        }

        Assert.Null(fields.Find("c0", PredictedFields.LifetimeValue));   // no spend model given
        Assert.Null(fields.Find("c0", PredictedFields.LifetimeValuePercentile));
    }

    [Fact]
    public void Find_UnknownField_ThrowsNamingTheFields()
    {
        var error = Assert.Throws<SegmentationException>(() => PredictedFields.From(Run).Find("0001", "palive"));

        Assert.Contains("pAlive, expectedPurchases, clv", error.Message, StringComparison.Ordinal);
    }

    private static PurchaseSummary With(PurchaseSummary empty, CustomerSummary[] customers) =>
        new(customers, new SummaryOptions(empty.CalibrationEnd) { TimeUnit = empty.TimeUnit }, 0d);

    /// <summary>A CRM record: only its id, which the transactions carry too.</summary>
    public sealed record Shopper(string Id);
}
