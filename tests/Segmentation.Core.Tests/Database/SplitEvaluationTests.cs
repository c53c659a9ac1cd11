using Microsoft.EntityFrameworkCore;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>
/// <see cref="TranslationMode"/> on SQLite and PostgreSQL: strict refuses a segment with in-memory
/// parts before any SQL runs; split returns the in-memory members and materialises exactly the rows
/// the pushed-down conjunction matches (counted by an EF Core materialisation interceptor).
/// </summary>
public sealed class SplitEvaluationTests
{
    private static readonly FieldCatalog Catalog = Catalogs.Customer
        .WithCriterion(InMemoryCriterion<Customer>.FromPredicate("shortName", (c, _) => c.Name is { Length: <= 4 }))
        .WithCriterion(InMemoryCriterion<Customer>.FromAsyncPredicate("shortNameAsync", async (c, _, ct) =>
        {
            await Task.Yield();
            return c.Name is { Length: <= 4 };
        }));

    private static readonly Criterion Adult = new ComparisonCriterion("age", GreaterThanOrEqual, SegmentValue.FromNumber(30));
    private static readonly Criterion Anglo = new InCriterion("country", [SegmentValue.FromString("US"), SegmentValue.FromString("GB"), SegmentValue.FromString("CA")]);
    private static readonly Criterion ShortName = new CustomCriterion("shortName");

    public static TheoryData<string> Providers => ["SQLite", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void EnumerateSegment_Strict_RefusesBeforeAnySqlRuns(string provider)
    {
        using var database = Open(provider);
        var counter = new MaterializationCounter();
        using var context = new CustomerDbContext(new DbContextOptionsBuilder<CustomerDbContext>(database.Options).AddInterceptors(counter).Options);
        var segment = Compile(new AllCriterion(Adult, ShortName));

        var error = Assert.Throws<SegmentationException>(() => context.Customers.EnumerateSegment(segment, Parity.AsOf, TranslationMode.Strict));

        Assert.Contains("$.criteria.criteria[1] of 'split': 'shortName' is an in-memory-only criterion", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Customers);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public Task EnumerateSegment_Split_SameMembersAsMemory_ReadsOnlyRowsThePushedPartMatches(string provider) =>
        AssertSplit(provider, new AllCriterion(Adult, ShortName, Anglo), new AllCriterion(Adult, Anglo), async: false);

    [Theory]
    [MemberData(nameof(Providers))]
    public Task EnumerateSegment_SplitAnyMixingTranslatableAndNot_OnlyTheOtherConjunctIsPushedDown(string provider)
    {
        var criterion = new AllCriterion(Adult, new AnyCriterion(Anglo, ShortName));

        var part = Assert.Single(Compile(criterion).Capabilities.SplitInMemoryParts);
        Assert.Equal(UntranslatableReason.ContainsUntranslatablePart, part.Reason);
        return AssertSplit(provider, criterion, Adult, async: false);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public Task EnumerateSegmentAsync_SplitWithAsyncCriterionInAReference_StreamsAndAwaitsPerRow(string provider)
    {
        // The reference is followed: its translatable half runs in the database too.
        var references = new Dictionary<string, SegmentDefinition> { ["anglo"] = new("anglo", new AllCriterion(Anglo, new CustomCriterion("shortNameAsync"))) };
        return AssertSplit(provider, new AllCriterion(Adult, new SegmentReferenceCriterion("anglo")), new AllCriterion(Adult, Anglo), async: true, references);
    }

    [Fact]
    public void EnumerateSegment_SplitWithAsyncCriterion_AsksForTheAsyncApi()
    {
        using var database = new SqliteDatabase(Customers());
        using var context = database.NewContext();
        var segment = Compile(new AllCriterion(Adult, new CustomCriterion("shortNameAsync")));

        var error = Assert.Throws<SegmentationException>(() => context.Customers.EnumerateSegment(segment, Parity.AsOf, TranslationMode.Split));

        Assert.Contains("EnumerateSegmentAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumerateSegment_SplitOfNothingTranslatable_ReadsEveryRow()
    {
        var people = Customers();
        using var database = new SqliteDatabase(people);
        var counter = new MaterializationCounter();
        using var context = new CustomerDbContext(new DbContextOptionsBuilder<CustomerDbContext>(database.Options).AddInterceptors(counter).Options);
        var segment = Compile(new AnyCriterion(Adult, ShortName));

        var members = context.Customers.EnumerateSegment(segment, Parity.AsOf, TranslationMode.Split).Select(c => c.Id).ToArray();

        Assert.Equal(Parity.MemoryMembers(people, segment, Parity.AsOf), members);
        Assert.Equal(people.Length, counter.Customers);
    }

    private static async Task AssertSplit(string provider, Criterion criterion, Criterion pushed, bool async, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        var people = Customers();
        using var database = Open(provider);
        var segment = Compile(criterion, references);
        var expected = new List<int>();
        foreach (var customer in database.AsStored(people))
        {
            if (await segment.IsMatchAsync(customer, Parity.AsOf, cancel))
            {
                expected.Add(customer.Id);
            }
        }

        int pushedCount;
        using (var plain = database.NewContext())
        {
            pushedCount = plain.Customers.WhereSegment(Compile(pushed), Parity.AsOf).Count();
        }

        var counter = new MaterializationCounter();
        using var context = new CustomerDbContext(new DbContextOptionsBuilder<CustomerDbContext>(database.Options).AddInterceptors(counter).Options);
        var query = context.Customers.AsNoTracking().OrderBy(c => c.Id);
        var members = async
            ? await query.EnumerateSegmentAsync(segment, Parity.AsOf, TranslationMode.Split, cancel).Select(c => c.Id).ToArrayAsync(cancel)
            : [.. query.EnumerateSegment(segment, Parity.AsOf, TranslationMode.Split).Select(c => c.Id)];

        Assert.Equal(expected, members);
        Assert.Equal(pushedCount, counter.Customers);

        // Meaningful: the database filtered some rows out, and memory filtered some of the rest.
        Assert.InRange(pushedCount, members.Length + 1, people.Length - 1);
    }

    private static CompiledSegment<Customer> Compile(Criterion criterion, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("split", criterion), Catalog, references);

    private static ITestDatabase Open(string provider)
    {
        if (provider == "PostgreSQL")
        {
            PostgresServer.Require();
            return new PostgresDatabase(Customers());
        }

        return new SqliteDatabase(Customers());
    }

    /// <summary>60 customers over ages, countries and name lengths, ids 1..60 in order (as the databases renumber them).</summary>
    private static Customer[] Customers()
    {
        string?[] names = ["Ada", "Grace", "Alan", "Edsger", null, "Bo", "Barbara", "Ken"];
        string?[] countries = ["US", "GB", "DE", "CA", "fr", null];
        return [.. Enumerable.Range(0, 60).Select(i => new Customer
        {
            Id = i + 1,
            Name = names[i % names.Length],
            Country = countries[i % countries.Length],
            Age = i % 7 == 0 ? null : 18 + (i * 7 % 50),
        })];
    }
}
