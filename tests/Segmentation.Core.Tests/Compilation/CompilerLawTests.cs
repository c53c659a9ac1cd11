using FsCheck.Xunit;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Explain;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Compilation;

/// <summary>Laws of the compiled semantics over generated definitions and customers.</summary>
public sealed class CompilerLawTests
{
    private static readonly DateTimeOffset AsOf = Domains.AsOf;

    private static bool[] Run(Criterion criterion, Customer[] customers)
    {
        var segment = Compiled.Of(criterion);
        return [.. customers.Select(c => segment.IsMatch(c, AsOf))];
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public bool DeMorgan_HoldsForAllAndAny(Criterion a, Criterion b, Customer[] customers) =>
        Run(new NotCriterion(new AllCriterion(a, b)), customers).SequenceEqual(Run(new AnyCriterion(new NotCriterion(a), new NotCriterion(b)), customers))
        && Run(new NotCriterion(new AnyCriterion(a, b)), customers).SequenceEqual(Run(new AllCriterion(new NotCriterion(a), new NotCriterion(b)), customers));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public bool DoubleNegation_IsIdentity(Criterion a, Customer[] customers) =>
        Run(new NotCriterion(new NotCriterion(a)), customers).SequenceEqual(Run(a, customers));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public bool AndOr_AreCommutativeAndAssociative(Criterion a, Criterion b, Criterion c, Customer[] customers) =>
        Run(new AllCriterion(a, b), customers).SequenceEqual(Run(new AllCriterion(b, a), customers))
        && Run(new AnyCriterion(a, b), customers).SequenceEqual(Run(new AnyCriterion(b, a), customers))
        && Run(new AllCriterion(new AllCriterion(a, b), c), customers).SequenceEqual(Run(new AllCriterion(a, new AllCriterion(b, c)), customers))
        && Run(new AnyCriterion(new AnyCriterion(a, b), c), customers).SequenceEqual(Run(new AnyCriterion(a, new AnyCriterion(b, c)), customers));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public bool In_EqualsAnyOfEqualities(Customer[] customers, bool negated)
    {
        string[] countries = ["US", "fr", "XX"];
        var @in = new InCriterion("country", countries.Select(SegmentValue.FromString), negated);
        Criterion any = new AnyCriterion(countries.Select(c => (Criterion)Compiled.Cmp("country", ComparisonOperator.Equal, c)));
        Criterion expected = negated ? new AllCriterion(new NullCheckCriterion("country", isNull: false), new NotCriterion(any)) : any;
        return Run(@in, customers).SequenceEqual(Run(expected, customers));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 80)]
    public bool QueryExpression_AgreesWithTheDelegate(SegmentDefinition definition, Customer[] customers)
    {
        var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
        var query = segment.ToExpression(AsOf).Compile();
        return customers.All(c => query(c) == segment.IsMatch(c, AsOf));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public bool Explain_AgreesWithTheFastPath(SegmentDefinition definition, Customer[] customers)
    {
        var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
        return customers.All(c => SegmentExplainer.Explain(segment, c, AsOf).IsMatch == segment.IsMatch(c, AsOf));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 30)]
    public bool SpanSequenceAsyncAndSingle_Agree(SegmentDefinition a, SegmentDefinition b, Customer[] customers)
    {
        var set = SegmentSet<Customer>.AllMatches([new SegmentDefinition("a", a.Criteria), new SegmentDefinition("b", b.Criteria)], Catalogs.Customer);
        var bits = new ulong[customers.Length];
        var counts = set.Evaluate(customers.AsSpan(), bits, AsOf);
        var span = bits.Select(SegmentMembership.FromBits).ToArray();
        var sequence = set.Evaluate(customers, AsOf).Select(m => m.Membership).ToArray();
        var stream = set.EvaluateAsync(customers.ToAsyncEnumerable(), AsOf).Select(m => m.Membership).ToArrayAsync().AsTask().GetAwaiter().GetResult();
        var single = customers.Select(c => SegmentMembership.FromBits((set.Segments[0].IsMatch(c, AsOf) ? 1UL : 0UL) | (set.Segments[1].IsMatch(c, AsOf) ? 2UL : 0UL))).ToArray();
        return span.SequenceEqual(sequence) && span.SequenceEqual(stream) && span.SequenceEqual(single)
            && counts.Counts.SequenceEqual(set.Count(customers, AsOf).Counts);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 30)]
    public bool FirstMatch_IsTheFirstSegmentMatched(SegmentDefinition a, SegmentDefinition b, Customer[] customers)
    {
        var set = SegmentSet<Customer>.FirstMatch([new SegmentDefinition("a", a.Criteria), new SegmentDefinition("b", b.Criteria)], "rest", Catalogs.Customer);
        var assigned = new int[customers.Length];
        set.Classify(customers.AsSpan(), assigned, AsOf);
        return customers.Select((c, i) => assigned[i] == (set.Segments[0].IsMatch(c, AsOf) ? 0 : set.Segments[1].IsMatch(c, AsOf) ? 1 : 2)).All(x => x);
    }
}
