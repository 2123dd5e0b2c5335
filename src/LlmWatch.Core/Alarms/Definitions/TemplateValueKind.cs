namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>Where a dimension value comes from when the template is rendered.</summary>
public enum TemplateValueKind
{
    /// <summary>A fixed string.</summary>
    Literal,
    /// <summary>The per-model loop variable (<c>ModelId</c>).</summary>
    ModelId,
    /// <summary>The per-inference-component loop variable.</summary>
    InferenceComponent,
    /// <summary><c>Ref</c> of a template parameter.</summary>
    Parameter,
    /// <summary><c>Ref</c> of a resource (a function's name).</summary>
    ResourceRef,
    /// <summary><c>Fn::GetAtt</c> of a resource attribute (a queue's QueueName).</summary>
    ResourceAttribute,
}
