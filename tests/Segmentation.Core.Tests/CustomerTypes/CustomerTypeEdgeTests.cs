using Segmentation.CustomerTypes;
using Segmentation.Evaluation;

namespace Segmentation.Tests.CustomerTypes;

/// <summary>Every customer type at the edges of its thresholds (defaults): exactly at, and one day or unit either side.</summary>
public sealed class CustomerTypeEdgeTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SegmentSet<CustomerProfile> Overlapping = CustomerTypeSet.Overlapping<CustomerProfile>();

    private static bool Is(CustomerProfile profile, string type) => Overlapping.Match(profile, AsOf).Contains(Overlapping.IndexOf(type));

    private static CustomerProfile Prospect(int? daysSinceInteraction) => new()
    {
        CustomerId = "p",
        InteractionCount = daysSinceInteraction is null ? 0 : 1,
        DaysSinceLastInteraction = daysSinceInteraction,
    };

    private static CustomerProfile Buyer(int orders, int firstDaysAgo, int lastDaysAgo, int promotionOrders = 0) => new()
    {
        CustomerId = "b",
        OrderCount = orders,
        PromotionOrderCount = promotionOrders,
        DaysSinceFirstOrder = firstDaysAgo,
        DaysSinceLastOrder = lastDaysAgo,
        AverageDaysBetweenOrders = orders >= 2 ? (double)(firstDaysAgo - lastDaysAgo) / (orders - 1) : null,
    };

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void Potential_AtTheInteractionWindowEdge(int days, bool expected) => Assert.Equal(expected, Is(Prospect(days), CustomerTypeNames.Potential));

    [Fact]
    public void Potential_NeedsAnInteractionAndNoOrder()
    {
        Assert.False(Is(Prospect(null), CustomerTypeNames.Potential));
        Assert.False(Is(Prospect(5) with { OrderCount = 1, DaysSinceFirstOrder = 5, DaysSinceLastOrder = 5 }, CustomerTypeNames.Potential));
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void New_AtTheFirstOrderWindowEdge(int days, bool expected) => Assert.Equal(expected, Is(Buyer(1, days, days), CustomerTypeNames.New));

    [Theory]
    [InlineData(4, 180, 90, true)]
    [InlineData(3, 180, 90, false)]
    [InlineData(4, 179, 90, false)]
    [InlineData(4, 181, 89, true)]
    [InlineData(4, 180, 91, false)]
    [InlineData(5, 400, 90, true)]
    public void Loyal_AtOrderCountTenureAndActivityEdges(int orders, int firstDaysAgo, int lastDaysAgo, bool expected) =>
        Assert.Equal(expected, Is(Buyer(orders, firstDaysAgo, lastDaysAgo), CustomerTypeNames.Loyal));

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(2, 0, true)]
    [InlineData(3, 0, false)]
    [InlineData(4, 2, true)] // promotion share exactly 0.5
    [InlineData(5, 2, false)] // 0.4
    [InlineData(6, 3, true)]
    [InlineData(0, 0, false)]
    public void Casual_AtOrderCountAndPromotionShareEdges(int orders, int promotionOrders, bool expected)
    {
        var profile = orders == 0 ? new CustomerProfile { CustomerId = "none" } : Buyer(orders, 300, 10, promotionOrders);
        Assert.Equal(expected, Is(profile, CustomerTypeNames.Casual));
    }

    [Theory]
    [InlineData(40, 119, false)] // ratio 2.975
    [InlineData(40, 120, true)] // ratio exactly 3
    [InlineData(40, 121, true)]
    [InlineData(7, 89, false)] // weekly buyer: ratio 12.7 but fewer than 90 days
    [InlineData(7, 90, true)]
    [InlineData(50, 149, false)] // ratio 2.98, well past 90 days
    [InlineData(50, 150, true)]
    public void Lost_RepeatBuyer_AtTheRhythmRatioAndMinimumDaysEdges(int gapDays, int lastDaysAgo, bool expected)
    {
        var profile = new CustomerProfile
        {
            CustomerId = "r",
            OrderCount = 3,
            DaysSinceFirstOrder = lastDaysAgo + (2 * gapDays),
            DaysSinceLastOrder = lastDaysAgo,
            AverageDaysBetweenOrders = gapDays,
        };

        Assert.Equal(expected, Is(profile, CustomerTypeNames.Lost));
    }

    [Theory]
    [InlineData(179, false)]
    [InlineData(180, true)]
    [InlineData(181, true)]
    public void Lost_OneTimeBuyer_AtTheDaysEdge(int days, bool expected) => Assert.Equal(expected, Is(Buyer(1, days, days), CustomerTypeNames.Lost));

    [Theory]
    [InlineData(59, 0, true)]
    [InlineData(60, 0, true)]
    [InlineData(61, 0, false)]
    [InlineData(61, 1, true)] // an open ticket counts however old the complaint
    [InlineData(null, 1, true)]
    [InlineData(null, 0, false)]
    public void Complaining_AtTheComplaintWindowEdge_AndOpenTickets(int? daysSinceComplaint, int openTickets, bool expected)
    {
        var profile = new CustomerProfile
        {
            CustomerId = "c",
            ComplaintCount = daysSinceComplaint is null ? 0 : 1,
            DaysSinceLastComplaint = daysSinceComplaint,
            OpenTicketCount = openTickets,
        };

        Assert.Equal(expected, Is(profile, CustomerTypeNames.Complaining));
    }

    [Theory]
    [InlineData(0, 0, 8, false)]
    [InlineData(0, 0, 9, true)]
    [InlineData(0, 0, 10, true)]
    [InlineData(0, 1, null, false)]
    [InlineData(0, 2, null, true)]
    [InlineData(1, 0, null, true)]
    [InlineData(0, 0, null, false)]
    public void BrandAdvocate_AtReferralReviewAndNpsEdges(int referrals, int positiveReviews, int? nps, bool expected)
    {
        var profile = new CustomerProfile { CustomerId = "a", ReferralCount = referrals, PositiveReviewCount = positiveReviews, NpsScore = nps };
        Assert.Equal(expected, Is(profile, CustomerTypeNames.BrandAdvocate));
    }
}
