using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData(Equal, 30, true)]
    [InlineData(NotEqual, 30, false)]
    [InlineData(LessThan, 30, false)]
    [InlineData(LessThanOrEqual, 30, true)]
    [InlineData(GreaterThan, 29, true)]
    [InlineData(GreaterThanOrEqual, 31, false)]
    public void Compile_NullableIntField_ComparesThePresentValue(ComparisonOperator op, int value, bool expected) =>
        Assert.Equal(expected, Matches(Cmp("age", op, value), new Customer { Age = 30 }));

    [Theory]
    [InlineData(Equal)]
    [InlineData(NotEqual)]
    [InlineData(LessThan)]
    [InlineData(LessThanOrEqual)]
    [InlineData(GreaterThan)]
    [InlineData(GreaterThanOrEqual)]
    public void Compile_MissingValue_IsFalseForEveryOperator(ComparisonOperator op)
    {
        Assert.False(Matches(Cmp("age", op, 30), new Customer { Age = null }));
        Assert.True(Matches(new NotCriterion(Cmp("age", op, 30)), new Customer { Age = null }));
    }

    [Theory]
    [InlineData(GreaterThan, 31, true)]
    [InlineData(GreaterThan, 30, false)]
    [InlineData(GreaterThanOrEqual, 31, true)]
    [InlineData(GreaterThanOrEqual, 30, false)]
    [InlineData(LessThan, 30, true)]
    [InlineData(LessThan, 31, false)]
    [InlineData(LessThanOrEqual, 30, true)]
    [InlineData(LessThanOrEqual, 31, false)]
    [InlineData(Equal, 30, false)]
    [InlineData(NotEqual, 30, true)]
    public void Compile_FractionalLiteralOnIntField_IsNotTruncated(ComparisonOperator op, int age, bool expected) =>
        Assert.Equal(expected, Matches(Cmp("age", op, 30.5m), new Customer { Age = age }));

    [Fact]
    public void Compile_LiteralOutsideTheFieldRange_NeverOverflows()
    {
        var customer = new Customer { Age = 40 };
        Assert.False(Matches(Cmp("age", GreaterThan, 1e20m), customer));
        Assert.True(Matches(Cmp("age", LessThan, 1e20m), customer));
        Assert.False(Matches(Cmp("age", LessThan, 1e20m), new Customer { Age = null }));
        Assert.True(Matches(Cmp("age", GreaterThan, -1e20m), customer));
    }

    [Theory]
    [InlineData(GreaterThan, 99.5, true)]
    [InlineData(Equal, 99.99, true)]
    [InlineData(LessThan, 99.99, false)]
    public void Compile_DecimalField_ComparesExactly(ComparisonOperator op, double value, bool expected) =>
        Assert.Equal(expected, Matches(Cmp("totalSpend", op, (decimal)value), new Customer { TotalSpend = 99.99m }));

    [Fact]
    public void Compile_DoubleField_ComparesInDouble()
    {
        Assert.True(Matches(Cmp("score", GreaterThan, 0.5m), new Customer { Score = 0.75 }));
        Assert.False(Matches(Cmp("score", GreaterThan, 0.5m), new Customer { Score = null }));
    }

    [Fact]
    public void Compile_StringEquality_IsOrdinalAndNullFalse()
    {
        Assert.True(Matches(Cmp("country", Equal, "US"), new Customer { Country = "US" }));
        Assert.False(Matches(Cmp("country", Equal, "US"), new Customer { Country = "us" }));
        Assert.True(Matches(Cmp("country", NotEqual, "US"), new Customer { Country = "us" }));
        Assert.False(Matches(Cmp("country", NotEqual, "US"), new Customer { Country = null }));
    }

    [Fact]
    public void Compile_BooleanAndEnumFields_Compare()
    {
        Assert.True(Matches(new ComparisonCriterion("optedOut", Equal, SegmentValue.FromBoolean(true)), new Customer { OptedOut = true }));
        Assert.False(Matches(new ComparisonCriterion("optedOut", NotEqual, SegmentValue.FromBoolean(true)), new Customer { OptedOut = true }));
        Assert.True(Matches(Cmp("tier", Equal, "Gold"), new Customer { Tier = Tier.Gold }));
        Assert.True(Matches(Cmp("tier", NotEqual, "Gold"), new Customer { Tier = Tier.Silver }));
    }

    [Fact]
    public void Compile_DateTimeAndDateFields_Compare()
    {
        var at = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var literal = new ComparisonCriterion("lastOrderAt", GreaterThanOrEqual, SegmentValue.FromDateTime(at));
        Assert.True(Matches(literal, new Customer { LastOrderAt = at }));
        Assert.False(Matches(literal, new Customer { LastOrderAt = at.AddTicks(-1) }));
        Assert.False(Matches(literal, new Customer { LastOrderAt = null }));
        var birth = new ComparisonCriterion("birthDate", LessThan, SegmentValue.FromDate(new DateOnly(2000, 1, 1)));
        Assert.True(Matches(birth, new Customer { BirthDate = new DateOnly(1999, 12, 31) }));
        Assert.False(Matches(birth, new Customer { BirthDate = new DateOnly(2000, 1, 1) }));
    }

    [Fact]
    public void Compile_NestedFieldWithMissingIntermediateObject_IsMissing()
    {
        var city = Cmp("address.city", NotEqual, "Oslo");
        Assert.False(Matches(city, new Customer { Address = null }));
        Assert.True(Matches(city, new Customer { Address = new Address { City = "Paris" } }));
        Assert.True(Matches(new NullCheckCriterion("address.city", isNull: true), new Customer { Address = null }));
    }

    [Theory]
    [InlineData(25, true)]
    [InlineData(60, true)]
    [InlineData(24, false)]
    [InlineData(61, false)]
    public void Compile_Between_IncludesBothEnds(int age, bool expected) =>
        Assert.Equal(expected, Matches(new BetweenCriterion("age", SegmentValue.FromNumber(25), SegmentValue.FromNumber(60)), new Customer { Age = age }));

    [Fact]
    public void Compile_BetweenOnMissingValue_IsFalse() =>
        Assert.False(Matches(new BetweenCriterion("age", SegmentValue.FromNumber(25), SegmentValue.FromNumber(60)), new Customer()));

    [Fact]
    public void Compile_NullChecks_TestPresence()
    {
        Assert.True(Matches(new NullCheckCriterion("age", isNull: true), new Customer()));
        Assert.False(Matches(new NullCheckCriterion("age", isNull: false), new Customer()));
        Assert.True(Matches(new NullCheckCriterion("country", isNull: false), new Customer { Country = "" }));
        Assert.False(Matches(new NullCheckCriterion("totalSpend", isNull: true), new Customer()));
        Assert.True(Matches(new NullCheckCriterion("tags", isNull: true), new Customer { Tags = null! }));
    }
}
