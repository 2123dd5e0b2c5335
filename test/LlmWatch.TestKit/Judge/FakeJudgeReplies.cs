using System.Text.Json;

namespace LlmWatch.TestKit.Judge;

/// <summary>Response bodies of judge endpoints (OpenAI chat completions, Bedrock Converse) carrying a given reply text.</summary>
public static class FakeJudgeReplies
{
    public static string OpenAiChatCompletion(string content, int promptTokens = 1000, int completionTokens = 100) =>
        JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_777_886_160,
            model = "judge-test",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        });

    public static string Converse(string text, int inputTokens = 1000, int outputTokens = 100) =>
        JsonSerializer.Serialize(new
        {
            output = new { message = new { role = "assistant", content = new[] { new { text } } } },
            stopReason = "end_turn",
            usage = new { inputTokens, outputTokens, totalTokens = inputTokens + outputTokens },
            metrics = new { latencyMs = 420 },
        });
}
