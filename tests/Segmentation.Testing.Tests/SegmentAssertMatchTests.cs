using Segmentation.Compilation;

namespace Segmentation.Testing.Tests;

public sealed class SegmentAssertMatchTests
{
    private static readonly CompiledSegment<ShopCustomer> Vip = SegmentCompiler.Shared.Compile<ShopCustomer>(Shop.Vip, Shop.Catalog);

    [Fact]
    public void Matches_Member_Passes()
    {
        var member = Shop.Customers()[0];

        SegmentAssert.Matches(Vip, member, Shop.AsOf);
        SegmentAssert.Matches(Shop.Vip, Shop.Catalog, member, Shop.AsOf);
    }

    [Fact]
    public void Matches_NonMember_FailsWithHeadlineAndExplainTrace()
    {
        var minor = Shop.Customers()[1];

        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.Matches(Vip, minor, Shop.AsOf));

        var lines = error.Message.Split('\n');
        Assert.Equal("Expected the customer to match segment 'VIP' as of 2025-06-01T12:00:00.0000000+00:00, but it does not.", lines[0]);
        Assert.Equal("VIP: no match (as of 2025-06-01T12:00:00.0000000+00:00)", lines[1]);
        Assert.Contains(lines, l => l.Contains("[ ] age >= 18", StringComparison.Ordinal) && l.Contains("(age = 17)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[x] country in", StringComparison.Ordinal));
        Assert.EndsWith(SegmentExplanationText(minor), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotMatch_NonMember_Passes()
    {
        foreach (var customer in Shop.Customers().Skip(1).Take(4))
        {
            SegmentAssert.DoesNotMatch(Vip, customer, Shop.AsOf);
            SegmentAssert.DoesNotMatch(Shop.Vip, Shop.Catalog, customer, Shop.AsOf);
        }
    }

    [Fact]
    public void DoesNotMatch_Member_FailsWithHeadlineAndExplainTrace()
    {
        var member = Shop.Customers()[5];

        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.DoesNotMatch(Shop.Vip, Shop.Catalog, member, Shop.AsOf));

        Assert.StartsWith("Expected the customer not to match segment 'VIP' as of 2025-06-01T12:00:00.0000000+00:00, but it does.\nVIP: match (as of", error.Message, StringComparison.Ordinal);
        Assert.Contains("(count(orders, placedAt in last 90 days) = 2)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(SegmentExplanationText(member), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_TimeWindow_UsesTheGivenAsOf()
    {
        var customer = Shop.Customers()[5];

        SegmentAssert.Matches(Vip, customer, Shop.AsOf);
        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.Matches(Vip, customer, Shop.AsOf.AddDays(1)));
        Assert.Contains("(count(orders, placedAt in last 90 days) = 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_DefinitionWithReferences_ExplainsTheReferencedSegment()
    {
        var references = new Dictionary<string, Definitions.SegmentDefinition> { [Shop.Vip.Name] = Shop.Vip };
        var vipReference = new Definitions.SegmentDefinition("vipAgain", new Definitions.SegmentReferenceCriterion(Shop.Vip.Name));
        var minor = Shop.Customers()[1];

        SegmentAssert.Matches(vipReference, Shop.Catalog, references, Shop.Customers()[0], Shop.AsOf);
        SegmentAssert.DoesNotMatch(vipReference, Shop.Catalog, references, minor, Shop.AsOf);
        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.Matches(vipReference, Shop.Catalog, references, minor, Shop.AsOf));

        Assert.StartsWith("Expected the customer to match segment 'vipAgain'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[ ] segment VIP", error.Message, StringComparison.Ordinal);
        Assert.Contains("(age = 17)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Explain.SegmentExplainer.Explain(vipReference, Shop.Catalog, minor, Shop.AsOf, references).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_InvalidDefinition_ThrowsTheDefinitionError()
    {
        var invalid = new Definitions.SegmentDefinition("bad", new Definitions.ComparisonCriterion("agee", Definitions.ComparisonOperator.Equal, Definitions.SegmentValue.FromNumber(1)));

        var error = Assert.Throws<Binding.DefinitionException>(() => SegmentAssert.Matches(invalid, Shop.Catalog, Shop.Customers()[0], Shop.AsOf));
        Assert.Equal("$.criteria.field", error.Location);
        Assert.Contains("Did you mean 'age'?", error.Message, StringComparison.Ordinal);
    }

    private static string SegmentExplanationText(ShopCustomer customer) => Explain.SegmentExplainer.Explain(Vip, customer, Shop.AsOf).ToString();
}
