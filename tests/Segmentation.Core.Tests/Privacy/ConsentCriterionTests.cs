using Segmentation.Binding;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Explain;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Privacy;

public sealed class ConsentCriterionTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, DateTimeOffset, DateTimeOffset?, bool> Cases { get; } = new()
    {
        { "given earlier, never withdrawn", AsOf.AddDays(-10), null, true },
        { "given at the as-of instant", AsOf, null, true },
        { "given a second after the as-of instant", AsOf.AddSeconds(1), null, false },
        { "withdrawn earlier", AsOf.AddDays(-10), AsOf.AddDays(-1), false },
        { "withdrawn at the as-of instant", AsOf.AddDays(-10), AsOf, false },
        { "withdrawal planned after the as-of instant", AsOf.AddDays(-10), AsOf.AddDays(1), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Consent_HoldsFromGivingUntilWithdrawal(string name, DateTimeOffset givenAt, DateTimeOffset? withdrawnAt, bool expected)
    {
        var customer = new Customer { Consents = [new Consent { Channel = "email", GivenAt = givenAt, WithdrawnAt = withdrawnAt }] };
        var segment = SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("mailable", new ConsentCriterion("consents", "email")), Catalogs.Customer);

        Assert.True(expected == segment.IsMatch(customer, AsOf), name);
        Assert.Equal(expected, segment.ToExpression(AsOf).Compile()(customer));
    }

    [Fact]
    public void Consent_IsPerChannel_AndGivenSinceIgnoresOlderConsent()
    {
        var customer = new Customer { Consents = [new Consent { Channel = "email", GivenAt = AsOf.AddDays(-400) }, new Consent { Channel = "sms", GivenAt = AsOf.AddDays(-5) }] };
        var policy = AsOf.AddDays(-100);

        Assert.True(Matches(new ConsentCriterion("consents", "email"), customer));
        Assert.False(Matches(new ConsentCriterion("consents", "push"), customer));
        Assert.False(Matches(new ConsentCriterion("consents", "email", policy), customer));
        Assert.True(Matches(new ConsentCriterion("consents", "sms", policy), customer));
        Assert.False(Matches(new ConsentCriterion("consents", "email"), new Customer()));
    }

    [Fact]
    public void Dsl_AndJson_GiveTheSameDefinition()
    {
        var since = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var fromDsl = Segment.For<Customer>("Newsletter", Catalogs.Customer).Where(c => c.Consents).HasConsent("email", since).Build();
        const string json = """{"version":1,"name":"Newsletter","criteria":{"kind":"consent","field":"consents","channel":"email","givenSince":"2024-05-01T00:00:00.0000000+00:00"}}""";

        Assert.Equal(new ConsentCriterion("consents", "email", since), fromDsl.Criteria);
        Assert.Equal(fromDsl, SegmentJson.Deserialize(json, Catalogs.Customer));
        Assert.Equal(json, SegmentJson.Serialize(fromDsl));
    }

    [Fact]
    public void Explanation_SaysWhichConsentWasTestedAndHowManyHold()
    {
        var customer = new Customer { Consents = [new Consent { Channel = "email", GivenAt = AsOf.AddDays(-1) }] };

        var node = SegmentExplainer.Explain(new SegmentDefinition("m", new ConsentCriterion("consents", "email")), Catalogs.Customer, customer, AsOf).Root;

        Assert.Equal("consent(consents, \"email\")", node.Description);
        Assert.Equal("consents(consents, \"email\") = 1", node.ObservedText);
    }

    [Theory]
    [InlineData("""{"kind":"consent","field":"orders","channel":"email"}""", "$.criteria.field")]
    [InlineData("""{"kind":"consent","field":"country","channel":"email"}""", "$.criteria.field")]
    [InlineData("""{"kind":"consent","field":"consents","channel":""}""", "$.criteria.channel")]
    [InlineData("""{"kind":"consent","field":"consents"}""", "$.criteria.channel")]
    [InlineData("""{"kind":"consent","field":"consents","channel":"email","givenSince":"soon"}""", "$.criteria.givenSince")]
    public void Json_BadConsent_NamesThePlace(string criteria, string location)
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize($$"""{"version":1,"name":"s","criteria":{{criteria}}}""", Catalogs.Customer));

        Assert.Equal(location, error.Location);
    }

    private static bool Matches(Criterion criterion, Customer customer) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("s", criterion), Catalogs.Customer).IsMatch(customer, AsOf);
}
