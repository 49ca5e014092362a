using System.Net;
using Fulfillment.SpApiClient;

namespace Fulfillment.OrderImport.Tests.SpApi;

/// <summary>What the SP-API client does after an error answer: Amazon's clock decides when a token expires, not ours.</summary>
public sealed class FailedAttemptDecisionTests
{
    [Test]
    public void Given_a_first_403_When_decided_Then_the_token_is_replaced_and_the_call_tried_again() =>
        Assert.That(FailedAttemptDecision.Decide(HttpStatusCode.Forbidden, attempt: 1),
            Is.EqualTo(AfterFailedAttempt.RetryWithNewToken));

    [Test]
    public void Given_a_403_with_a_token_just_replaced_When_decided_Then_Amazons_refusal_is_final() =>
        Assert.That(FailedAttemptDecision.Decide(HttpStatusCode.Forbidden, attempt: 2), Is.EqualTo(AfterFailedAttempt.GiveUp));

    [TestCase(HttpStatusCode.TooManyRequests, 1)]
    [TestCase(HttpStatusCode.TooManyRequests, 4)]
    [TestCase(HttpStatusCode.InternalServerError, 1)]
    [TestCase(HttpStatusCode.ServiceUnavailable, 3)]
    public void Given_throttling_or_a_server_error_When_decided_Then_it_is_retried_after_a_backoff(HttpStatusCode status, int attempt) =>
        Assert.That(FailedAttemptDecision.Decide(status, attempt), Is.EqualTo(AfterFailedAttempt.RetryAfterBackoff));

    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.NotFound)]
    [TestCase(HttpStatusCode.Unauthorized)]
    public void Given_a_refusal_other_than_403_When_decided_Then_it_is_final_at_once(HttpStatusCode status) =>
        Assert.That(FailedAttemptDecision.Decide(status, attempt: 1), Is.EqualTo(AfterFailedAttempt.GiveUp));
}
