namespace Segmentation.Cli.Input;

/// <summary>The activity files <c>segment types</c> joins by customer id.</summary>
internal enum ActivityKind
{
    /// <summary>Order lines (the transaction contract, plus an optional promotion column).</summary>
    Orders,

    /// <summary>Visits, sign-ups, leads: interactions that show interest.</summary>
    Visits,

    /// <summary>Support tickets, each a complaint or not, open or resolved.</summary>
    Tickets,

    /// <summary>Reviews with 1 to 5 stars.</summary>
    Reviews,

    /// <summary>Referrals a customer made.</summary>
    Referrals,

    /// <summary>Net Promoter Score answers, 0 to 10.</summary>
    Nps,
}
