using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// Known limits of PostgreSQL against memory (docs/database.md, "Null and collation semantics"):
/// these tests pin the difference, so a change in PostgreSQL, Npgsql or the library that removes it
/// is noticed. Everything else the edge properties (<see cref="PostgresEdgeParityTests"/>) cover agrees.
/// </summary>
public sealed class PostgresTranslationLimitTests
{
    [Fact]
    public void IgnoreCase_DotlessI_DatabaseUpperFoldsItToI()
    {
        // .NET's invariant upper case keeps 'ı' (U+0131); glibc's towupper makes it 'I'.
        Customer[] people = [new() { Name = "ıstanbul" }, new() { Name = "istanbul" }];
        var segment = Parity.Compile(new TextCriterion("name", TextOperator.Equal, "ISTANBUL", ignoreCase: true));
        using var database = new PostgresDatabase(people);

        Assert.Equal([2], Parity.MemoryMembers(people, segment, Parity.AsOf));
        Assert.Equal([1, 2], Parity.DatabaseMembers(database, segment, Parity.AsOf));
    }

    [Fact]
    public void IgnoreCase_AccentsAndSharpS_AgreeWithMemory()
    {
        Customer[] people = [new() { Name = "émile" }, new() { Name = "ÉMILE" }, new() { Name = "Emile" }, new() { Name = "straße" }, new() { Name = "STRASSE" }];
        Assert.Equal([1, 2], Parity.AssertSameMembers(people, Parity.Compile(new TextCriterion("name", TextOperator.Equal, "Émile", ignoreCase: true)), sqlite: false));
        Assert.Equal([4], Parity.AssertSameMembers(people, Parity.Compile(new TextCriterion("name", TextOperator.StartsWith, "STRAß", ignoreCase: true)), sqlite: false));
    }

    [Fact]
    public void Decimals_SumOfFractions_IsExactInNumeric()
    {
        // Unlike SQLite's doubles (DatabaseTranslationLimitTests), numeric sums exactly.
        Customer[] people = [new() { Orders = [new Order { Amount = 0.1m }, new Order { Amount = 0.2m }] }];
        var segment = Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Sum, "amount", ComparisonOperator.Equal, SegmentValue.FromNumber(0.3m)));
        Assert.Equal([1], Parity.AssertSameMembers(people, segment, sqlite: false));
    }
}
