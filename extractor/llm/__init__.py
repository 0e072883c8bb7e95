"""The LLM plumbing shared by the llm and hybrid engines.

- schema: the response model (the contract with a quote instead of offsets) and its validators
- prompts: templates and few-shot examples from `prompts/`, versioned, rendered with jinja2
- client: the openai / Azure / OpenAI-compatible client and instructor over it
- runner: one document through the model (chunks, cache, retries, failures, grounding)
- chunking, cache, usage, align, pool: the parts the runner is made of
"""
