using Microsoft.EntityFrameworkCore;
using Segmentation.Binding;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>Issue 12: a definition that refers to another segment is pushed down with its references, without compiling by hand.</summary>
public sealed class WhereSegmentReferenceTests
{
    private static readonly Customer[] People = ParityCustomers.People();

    private static readonly Dictionary<string, SegmentDefinition> References = new()
    {
        ["adult"] = new("adult", new ComparisonCriterion("age", GreaterThanOrEqual, SegmentValue.FromNumber(30))),
    };

    private static readonly SegmentDefinition AdultSpender = new("adultSpender", new AllCriterion(
        new SegmentReferenceCriterion("adult"),
        new ComparisonCriterion("totalSpend", GreaterThan, SegmentValue.FromNumber(100))));

    [Fact]
    public void WhereSegment_DefinitionWithReferences_RunsInSqliteWithTheInMemoryMembers()
    {
        using var database = new SqliteDatabase(People);
        using var context = database.NewContext();

        var query = context.Customers.WhereSegment(AdultSpender, Catalogs.Customer, References, Parity.AsOf);

        var compiled = SegmentCompiler.Shared.Compile<Customer>(AdultSpender, Catalogs.Customer, References);
        var inMemory = People.Select((c, i) => (Customer: c, Id: i + 1)).Where(p => compiled.IsMatch(p.Customer, Parity.AsOf)).Select(p => p.Id);
        Assert.Equal([1, 5, 6], query.Select(c => c.Id).OrderBy(id => id).ToList());
        Assert.Equal([1, 5, 6], inMemory);
        Assert.DoesNotContain("adult", query.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhereSegment_WithoutItsReferences_NamesTheUnknownSegment()
    {
        using var database = new SqliteDatabase(People);
        using var context = database.NewContext();

        var error = Assert.Throws<DefinitionException>(() => context.Customers.WhereSegment(AdultSpender, Catalogs.Customer, Parity.AsOf));

        Assert.Equal("$.criteria.criteria[0].segment", error.Location);
        Assert.Contains("'adult' is unknown", error.Problem, StringComparison.Ordinal);
    }
}
