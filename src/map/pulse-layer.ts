import type { DefaultProps } from '@deck.gl/core';
import { ScatterplotLayer, type ScatterplotLayerProps } from '@deck.gl/layers';
import type { ShaderModule } from '@luma.gl/shadertools';

type PulseUniforms = {
  /** Seconds on the animation clock. */
  time: number;
  /** Rings per second. */
  frequency: number;
};

const UNIFORM_BLOCK = `\
layout(std140) uniform pulseUniforms {
  float time;
  float frequency;
} pulse;
`;

const pulseModule = {
  name: 'pulse',
  vs: UNIFORM_BLOCK,
  fs: UNIFORM_BLOCK,
  uniformTypes: { time: 'f32', frequency: 'f32' },
} as const satisfies ShaderModule<PulseUniforms>;

/**
 * A ring that grows from the centre to the edge of the disc and fades as it goes, like a
 * sonar ping, worked out per fragment from the clock: only `time` changes between frames.
 */
const FRAGMENT_FILTER = `\
float wave = fract(pulse.time * pulse.frequency);
float ring = 1.0 - smoothstep(0.0, 0.14, abs(length(geometry.uv) - wave));
color.a *= ring * (1.0 - wave);
if (color.a < 0.01) discard;
`;

interface PulseProps {
  /** Seconds on the animation clock. */
  time?: number;
  /** Rings per second (default 0.6). */
  frequency?: number;
}

export type PulseLayerProps<D> = ScatterplotLayerProps<D> & PulseProps;

const defaultProps: DefaultProps<PulseLayerProps<unknown>> = {
  ...ScatterplotLayer.defaultProps,
  time: { type: 'number', value: 0 },
  frequency: { type: 'number', value: 0.6, min: 0 },
};

/** Discs drawn as rings that pulse outwards (the fill colour's alpha sets how strongly). */
export class PulseLayer<D = unknown> extends ScatterplotLayer<D, PulseProps> {
  static override layerName = 'PulseLayer';
  /** It moves with the clock: the map hands it the clock's seconds as `time` (see animation.ts). */
  static readonly animates = true;
  static override defaultProps = defaultProps;

  override getShaders() {
    const shaders = super.getShaders();
    return {
      ...shaders,
      modules: [...shaders.modules, pulseModule],
      inject: { 'fs:DECKGL_FILTER_COLOR': FRAGMENT_FILTER },
    };
  }

  override draw(options: { uniforms: unknown }) {
    const { time = 0, frequency = 0.6 } = this.props;
    const period = frequency > 0 ? 1 / frequency : 1;
    const uniforms: PulseUniforms = { time: time % period, frequency };
    this.state.model?.shaderInputs.setProps({ pulse: uniforms });
    super.draw(options);
  }
}
