using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Rfm;
using Segmentation.Rfm.Segments;
using Segmentation.Serialization;

namespace Segmentation.Tests.Rfm.Segments;

public sealed class RfmSegmentMapsTests
{
    public static TheoryData<string> Maps => ["default", "rf", "eleven"];

    [Fact]
    public void Lint_DefaultMap_IsAnExactPartitionOfAll125Cells()
    {
        var report = RfmRuleLinter.Lint(RfmSegmentMaps.Default.Segments);

        Assert.True(report.IsExactPartition, report.ToString());
        Assert.Empty(report.ShadowedSegments);
        Assert.Equal(11, report.CellsWon.Count);
        Assert.Equal(125, report.CellsWon.Sum(pair => pair.Value));
    }

    [Fact]
    public void Lint_RecencyFrequencyMap_IsAnExactPartition()
    {
        var report = RfmRuleLinter.Lint(RfmSegmentMaps.RecencyFrequency.Segments);

        Assert.True(report.IsExactPartition, report.ToString());
        Assert.Equal(125, report.CellsWon.Sum(pair => pair.Value));
        // Champions are R5 with F4-5: two R x F cells, each with all five M scores.
        Assert.Equal(10, report.CellsWon.Single(p => p.Key == "Champions").Value);
    }

    [Fact]
    public void Lint_ElevenSegmentTable_Shows36GapsAndFourShadowedSegments()
    {
        var report = RfmRuleLinter.Lint(RfmSegmentMaps.ElevenSegmentTable.Segments);

        Assert.False(report.IsExactPartition);
        Assert.Equal(36, report.UncoveredCells.Count);
        Assert.Equal(["New Customers", "Promising", "Can't Lose Them", "Lost"], report.ShadowedSegments);
        Assert.Contains(report.Overlaps, o => o.Cell == new RfmCell(5, 5, 5) && o.Segments.SequenceEqual(["Champions", "Loyal Customers"]));
        Assert.Contains(new RfmCell(1, 1, 3), report.UncoveredCells);
        Assert.Contains("not a partition", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_AtThreeBins_ReportsWhatTheFiveBinMapLeavesOut()
    {
        var report = RfmRuleLinter.Lint(RfmSegmentMaps.Default.Segments, bins: 3);

        Assert.Equal(27, report.CellsWon.Sum(pair => pair.Value) + report.UncoveredCells.Count);
        Assert.Contains("Champions", report.ShadowedSegments);
    }

    [Fact]
    public void Lint_MapNamingARawValue_IsRejected()
    {
        SegmentDefinition[] map = [new("Big spenders", new ComparisonCriterion("monetary", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(500)))];

        var error = Assert.Throws<SegmentationException>(() => RfmRuleLinter.Lint(map));

        Assert.Contains("'monetary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MapWithAnAgeBandOrARadius_NamesTheirFields()
    {
        SegmentDefinition[] ages = [new("Young", new AgeCriterion("born", 18, 29))];
        SegmentDefinition[] near = [new("Near", new GeoRadiusCriterion("lat", "lon", 52.5, 13.4, 10))];

        Assert.Contains("'born'", Assert.Throws<SegmentationException>(() => RfmRuleLinter.Lint(ages)).Message, StringComparison.Ordinal);
        Assert.Contains("'lat'", Assert.Throws<SegmentationException>(() => RfmRuleLinter.Lint(near)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void Maps_RoundTripThroughJson(string name)
    {
        var map = Map(name);

        var json = SegmentJson.SerializeSet(map);
        var back = SegmentJson.DeserializeSet(json, RfmSegmentMaps.Catalog);

        Assert.Equal(map, back);
    }

    [Fact]
    public void Default_OnCdnowProfiles_AssignsEveryCustomerToExactlyOneNamedSegment()
    {
        var scores = RfmScorer.Score(RfmAggregator.Aggregate(CdnowTests.Transactions.Value), new RfmScoringOptions());
        var profiles = scores.Profiles.ToArray();
        var set = SegmentSet<RfmProfile>.FirstMatch(RfmSegmentMaps.Default.Segments, RfmSegmentMaps.Others, RfmSegmentMaps.Catalog);
        var assignments = new int[profiles.Length];

        var counts = set.Classify(profiles, assignments, DateTimeOffset.UnixEpoch);

        Assert.Equal(23_570, counts.Total);
        Assert.Equal(0, counts[RfmSegmentMaps.Others]);
        Assert.Equal(23_570, counts.Counts.Sum());
        var champion = profiles[Array.FindIndex(assignments, a => set.Names[a] == "Champions")];
        Assert.Contains((champion.R * 10) + champion.FrequencyMonetaryScore, new[] { 55, 54, 45 });
    }

    private static SegmentSetDocument Map(string name) => name switch
    {
        "default" => RfmSegmentMaps.Default,
        "rf" => RfmSegmentMaps.RecencyFrequency,
        _ => RfmSegmentMaps.ElevenSegmentTable,
    };
}
