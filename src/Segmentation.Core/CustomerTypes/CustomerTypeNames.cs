namespace Segmentation.CustomerTypes;

/// <summary>The names of the seven customer types and of the fallback segment, as used in definitions and reports.</summary>
public static class CustomerTypeNames
{
    /// <summary>Interest shown (visits, sign-ups, leads), no order yet.</summary>
    public const string Potential = "Potential";

    /// <summary>First order recently.</summary>
    public const string New = "New";

    /// <summary>Repeat orders over a sustained period, still active.</summary>
    public const string Loyal = "Loyal";

    /// <summary>Rare or promotion-driven orders.</summary>
    public const string Casual = "Casual";

    /// <summary>No order for a long time relative to the customer's own buying rhythm.</summary>
    public const string Lost = "Lost";

    /// <summary>Recent complaints or open tickets.</summary>
    public const string Complaining = "Complaining";

    /// <summary>Referrals, positive reviews or a promoter NPS answer.</summary>
    public const string BrandAdvocate = "Brand advocate";

    /// <summary>The fallback of the exclusive set: customers of none of the seven types.</summary>
    public const string Other = "Other";
}
