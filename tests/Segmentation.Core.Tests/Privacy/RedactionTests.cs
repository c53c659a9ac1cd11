using Segmentation.Analytics;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Explain;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Privacy;

/// <summary>Recognisable values in classified fields, looked for in every text the library produces about a customer.</summary>
public sealed class RedactionTests
{
    private const string SeedEmail = "zq.seed.email@example.org";
    private const string SeedHash = "SEEDHASH77f3";
    private const string SeedId = "SEEDID-4411";
    private const string SeedIban = "SEEDIBAN0099";
    private static readonly DateOnly SeedBirthDate = new(1971, 3, 14);
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FieldCatalog Catalog = FieldCatalog.FromType<PrivateCustomer>(o => o.IncludeAll());

    private static readonly string[] Seeds = [SeedEmail, SeedHash, SeedId, SeedIban, "1971", "59.9127", "10.7461", "54", "987654321"];

    private static PrivateCustomer Seeded() => new()
    {
        CustomerId = SeedId,
        MemberNumber = 987654321,
        Email = SeedEmail,
        BirthDate = SeedBirthDate,
        Latitude = 59.9127,
        Longitude = 10.7461,
        Country = "NO",
        TotalSpend = 120m,
        Account = new PrivateAccount { PasswordHash = SeedHash, Verified = true },
        Payments = [new PrivatePayment { Amount = 33m, Iban = SeedIban }],
    };

    // Every criterion touches a classified field; the literals are the seeds themselves, so a
    // description beside a match result would tell the value.
    private static SegmentDefinition Probe { get; } = new("Probe", new AllCriterion(
        new ComparisonCriterion("email", Equal, SegmentValue.FromString(SeedEmail)),
        new InCriterion("customerId", [SegmentValue.FromString(SeedId)]),
        new InCriterion("memberNumber", [SegmentValue.FromNumber(987654321)]),
        new TextCriterion("account.passwordHash", TextOperator.Equal, SeedHash),
        new NullCheckCriterion("email", isNull: false),
        new ComparisonCriterion("birthDate", Equal, SegmentValue.FromDate(SeedBirthDate)),
        new AgeCriterion("birthDate", 18, null),
        new GeoRadiusCriterion("latitude", "longitude", 59.9127, 10.7461, 5),
        new AggregateCriterion("payments", AggregateFunction.Sum, "amount", GreaterThan, SegmentValue.FromNumber(0), new TextCriterion("iban", TextOperator.Equal, SeedIban)),
        new ComparisonCriterion("country", Equal, SegmentValue.FromString("NO"))));

    [Fact]
    public void Explanation_ShowsNoClassifiedValue_ButKeepsFieldNamesAndResults()
    {
        var explanation = SegmentExplainer.Explain(Probe, Catalog, Seeded(), AsOf);

        Assert.True(explanation.IsMatch);
        var texts = Texts(explanation.Root).Append(explanation.ToString()).ToArray();
        AssertNoSeed(texts);
        var nodes = explanation.Root.Children;
        Assert.Equal("email = [redacted]", nodes[0].Description);
        Assert.Equal("email = [redacted]", nodes[0].ObservedText);
        Assert.True(nodes[0].IsRedacted);
        Assert.Null(nodes[0].Observed);
        Assert.All(nodes.Take(9), n => Assert.True(n.IsRedacted, n.Description));
        Assert.All(nodes.Take(9), n => Assert.Contains(CatalogField.RedactedMarker, n.ToString(), StringComparison.Ordinal));

        // The unclassified field is shown as before.
        Assert.False(nodes[9].IsRedacted);
        Assert.Equal("country = \"NO\"", nodes[9].ObservedText);
    }

    [Fact]
    public void MigrationExplanation_ShowsNoClassifiedValue()
    {
        var set = SegmentSet<PrivateCustomer>.FirstMatch([Probe], "Other", Catalog);
        var later = Seeded();
        later.Email = "changed@example.org";

        var explanation = SegmentMigration.Explain(new CustomerRun<PrivateCustomer>(set, Seeded(), AsOf), new CustomerRun<PrivateCustomer>(set, later, AsOf.AddDays(30)));

        AssertNoSeed([explanation.ToString()]);
        Assert.DoesNotContain("changed@example.org", explanation.ToString(), StringComparison.Ordinal);
        Assert.Contains("Probe", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomFieldOfTheWrongType_ErrorMessageShowsNoClassifiedValue()
    {
        var schema = new CustomFieldSchema([new("phone", FieldKind.Number, Classification: FieldClassification.Identifier), new("points", FieldKind.Number)]);
        var catalog = FieldCatalog.For<Dictionary<string, object?>>().AddCustomFields(schema, (row, name) => row.GetValueOrDefault(name)).Build();
        var phone = new SegmentDefinition("p", new ComparisonCriterion("phone", Equal, SegmentValue.FromNumber(1)));
        var points = new SegmentDefinition("q", new ComparisonCriterion("points", Equal, SegmentValue.FromNumber(1)));
        var row = new Dictionary<string, object?> { ["phone"] = "+47 SEED 5550", ["points"] = "SEEDPOINTS" };

        var hidden = Assert.Throws<SegmentationException>(() => SegmentCompiler.Shared.Compile<Dictionary<string, object?>>(phone, catalog).IsMatch(row, AsOf));
        var shown = Assert.Throws<SegmentationException>(() => SegmentCompiler.Shared.Compile<Dictionary<string, object?>>(points, catalog).IsMatch(row, AsOf));

        Assert.DoesNotContain("SEED", hidden.Message, StringComparison.Ordinal);
        Assert.Contains("'phone'", hidden.Message, StringComparison.Ordinal);
        Assert.Contains(CatalogField.RedactedMarker, hidden.Message, StringComparison.Ordinal);
        Assert.Contains("SEEDPOINTS", shown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogAndCompiledSegment_ToString_ShowNoValues()
    {
        var segment = SegmentCompiler.Shared.Compile<PrivateCustomer>(Probe, Catalog);

        AssertNoSeed([segment.ToString(), Catalog.ToString(), .. Catalog.Fields.Select(f => f.ToString())]);
    }

    private static IEnumerable<string> Texts(ExplainNode node) =>
        new[] { node.Description, node.ObservedText ?? string.Empty, node.ObservedName ?? string.Empty, node.Observed?.ToString() ?? string.Empty, node.ToString() }
            .Concat(node.Children.SelectMany(Texts));

    private static void AssertNoSeed(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var seed in Seeds)
            {
                Assert.False(text.Contains(seed, StringComparison.Ordinal), $"'{seed}' appears in: {text}");
            }
        }
    }
}
