using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>
/// Known limits of SQLite itself (documented in docs/evaluation.md, "Database translation"): these
/// tests pin the difference, so a change in SQLite or EF Core that removes it is noticed.
/// </summary>
public sealed class DatabaseTranslationLimitTests
{
    [Fact]
    public void IgnoreCase_BeyondAscii_SqliteUpperFoldsAsciiOnly()
    {
        Customer[] people = [new() { Name = "émile" }, new() { Name = "Emile" }];
        var segment = Parity.Compile(new TextCriterion("name", TextOperator.Equal, "ÉMILE", ignoreCase: true));
        using var database = new SqliteDatabase(people);

        Assert.Equal([1], Parity.MemoryMembers(people, segment, Parity.AsOf));
        Assert.Empty(Parity.DatabaseMembers(database, segment, Parity.AsOf));
    }

    [Fact]
    public void IgnoreCase_AsciiOnlyData_IsExact()
    {
        Customer[] people = [new() { Name = "EMILE" }, new() { Name = "emile" }, new() { Name = "Emil" }];
        Assert.Equal([1, 2], Parity.AssertSameMembers(people, Parity.Compile(new TextCriterion("name", TextOperator.Equal, "Emile", ignoreCase: true))));
    }

    [Fact]
    public void DecimalStoredAsDouble_SumOfFractions_IsBinaryFloatingPointInSql()
    {
        Customer[] people = [new() { Orders = [new Order { Amount = 0.1m }, new Order { Amount = 0.2m }] }];
        var segment = Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Sum, "amount", Equal, SegmentValue.FromNumber(0.3m)));
        using var database = new SqliteDatabase(people);

        Assert.Equal([1], Parity.MemoryMembers(people, segment, Parity.AsOf));
        Assert.Empty(Parity.DatabaseMembers(database, segment, Parity.AsOf));
    }

    [Theory]
    [InlineData(TextOperator.StartsWith)]
    [InlineData(TextOperator.EndsWith)]
    public void CaseSensitivePrefixOrSuffix_BeyondTheBmp_IsRejectedForDatabasesOnly(TextOperator op)
    {
        // SQL counts characters, .NET UTF-16 units: the exact prefix test cannot agree, so it is refused.
        Customer[] people = [new() { Name = "😀 smile" }, new() { Name = "smile 😀" }];
        var segment = Parity.Compile(new AllCriterion(new NullCheckCriterion("name", false), new TextCriterion("name", op, "😀")));
        using var database = new SqliteDatabase(people);

        Assert.Single(Parity.MemoryMembers(people, segment, Parity.AsOf));
        var error = Assert.Throws<SegmentationException>(() => Parity.DatabaseMembers(database, segment, Parity.AsOf));
        Assert.Contains("$.criteria.criteria[1] of 'parity'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Basic Multilingual Plane", error.Message, StringComparison.Ordinal);
        Assert.Equal(Segmentation.Compilation.UntranslatableReason.TextBeyondBasicMultilingualPlane, Assert.Single(segment.Capabilities.UntranslatableParts).Reason);
    }
}
