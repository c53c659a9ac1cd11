using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Serialization;

namespace Segmentation.Tests.Privacy;

/// <summary>
/// The attack of issue 16: a tenant's JSON definition tests <c>account.passwordHash</c> with
/// <c>startsWith</c> and learns the hash one character at a time from who matches.
/// </summary>
public sealed class OracleAttackTests
{
    private const string Hash = "9f2c41ab07de";
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly PrivateCustomer Victim = new() { CustomerId = "c-1", Account = new PrivateAccount { PasswordHash = Hash } };

    [Fact]
    public void WithoutProtection_TheAttackRecoversTheHash()
    {
        // The baseline the defences must break: an unclassified hash in a catalog read with the opt-in.
        var catalog = FieldCatalog.FromType<PrivateCustomer>(o => o.IncludeAll().Classify("account.passwordHash", FieldClassification.None));
        var options = new SegmentJsonReadOptions { AllowCatalogWithoutAllowList = true };

        var (recovered, evaluations) = Attack(catalog, options);

        Assert.Equal(Hash, recovered);
        Assert.InRange(evaluations, Hash.Length, Hash.Length * 16);
    }

    [Fact]
    public void DefaultCatalog_RefusesTheDocument_NothingIsRecovered()
    {
        var (recovered, evaluations) = Attack(FieldCatalog.FromType<PrivateCustomer>(), null);

        Assert.Equal(string.Empty, recovered);
        Assert.Equal(0, evaluations);
    }

    [Fact]
    public void AllowListWithoutTheHash_DoesNotKnowTheField_NothingIsRecovered()
    {
        var (recovered, evaluations) = Attack(FieldCatalog.FromType<PrivateCustomer>(o => o.Include("country", "totalSpend")), null);

        Assert.Equal(string.Empty, recovered);
        Assert.Equal(0, evaluations);
    }

    [Fact]
    public void HashClassifiedSensitive_RefusesStartsWith_NothingIsRecovered()
    {
        // Even the opt-in for an unrestricted catalog does not lift the operator rule.
        var (recovered, evaluations) = Attack(FieldCatalog.FromType<PrivateCustomer>(), new SegmentJsonReadOptions { AllowCatalogWithoutAllowList = true });

        Assert.Equal(string.Empty, recovered);
        Assert.Equal(0, evaluations);
    }

    /// <summary>Extends the known prefix by the hex digit that makes the victim match; every refused document is a dead end.</summary>
    private static (string Recovered, int Evaluations) Attack(FieldCatalog catalog, SegmentJsonReadOptions? options)
    {
        var known = string.Empty;
        var evaluations = 0;
        while (known.Length < Hash.Length)
        {
            string? next = null;
            foreach (var digit in "0123456789abcdef")
            {
                var guess = known + digit;
                var json = $$$"""{"version":1,"name":"probe","criteria":{"kind":"text","field":"account.passwordHash","operator":"startsWith","value":"{{{guess}}}"}}""";
                bool matched;
                try
                {
                    matched = SegmentCompiler.Shared.Compile<PrivateCustomer>(SegmentJson.Deserialize(json, catalog, options), catalog).IsMatch(Victim, AsOf);
                }
                catch (DefinitionException)
                {
                    continue;
                }

                evaluations++;
                if (matched)
                {
                    next = guess;
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            known = next;
        }

        return (known, evaluations);
    }
}
